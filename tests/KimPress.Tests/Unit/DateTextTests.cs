using KimPress.Text;

namespace KimPress.Tests.Unit;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2024-03-01", 2024, 3, 1, 0, 0, false)]
    [InlineData("2024-03-01 08:30", 2024, 3, 1, 8, 30, true)]
    [InlineData("2024-03-01T08:30:15", 2024, 3, 1, 8, 30, true)]
    [InlineData("2024-3-1 8.30", 2024, 3, 1, 8, 30, true)]
    [InlineData("1 Maret 2024", 2024, 3, 1, 0, 0, false)]
    [InlineData("Jumat, 1 Maret 2024", 2024, 3, 1, 0, 0, false)]
    [InlineData("1 Maret 2024 pukul 08.30 WIB", 2024, 3, 1, 8, 30, true)]
    [InlineData("17 Agustus 2025", 2025, 8, 17, 0, 0, false)]
    [InlineData("17 agt 2025", 2025, 8, 17, 0, 0, false)]
    [InlineData("01/03/2024", 2024, 3, 1, 0, 0, false)]
    [InlineData("1 March 2024", 2024, 3, 1, 0, 0, false)]
    public void Reads_iso_and_indonesian_dates(string text, int y, int m, int d, int h, int min, bool hasTime)
    {
        Assert.True(DateText.TryParse(text, out var value));
        Assert.Equal(new DateTime(y, m, d, h, min, value.Value.Second), value.Value);
        Assert.Equal(hasTime, value.HasTime);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("32 Maret 2024")]
    [InlineData("1 Maretan 2024")]
    [InlineData("kemarin")]
    [InlineData("2024-03-01 25:00")]
    [InlineData("")]
    public void Rejects_what_is_not_a_date(string text) => Assert.False(DateText.TryParse(text, out _));

    [Fact]
    public void An_explicit_offset_wins_over_the_site_zone()
    {
        Assert.True(DateText.TryParse("2024-03-01T08:30:00+08:00", out var value));
        var zone = KimPress.Configuration.TimeZones.Find("Asia/Jakarta")!;
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 30, 0, TimeSpan.Zero), value.ToInstant(zone).ToUniversalTime());
    }

    [Fact]
    public void Without_an_offset_the_site_zone_applies()
    {
        Assert.True(DateText.TryParse("2024-03-01 08:30", out var value));
        var zone = KimPress.Configuration.TimeZones.Find("Asia/Jayapura")!;
        Assert.Equal(TimeSpan.FromHours(9), value.ToInstant(zone).Offset);
    }
}
