using System.Globalization;
using System.Text;

namespace KimPress.Bench;

/// <summary>A KIM member as written in kim.yml.</summary>
internal sealed record Member(string Name, string Role);

/// <summary>Everything about one KIM that its posts refer to.</summary>
internal sealed record KimProfile(KimPlace Place, string Name, IReadOnlyList<Member> Members, IReadOnlyList<string> Dusun);

/// <summary>Writes one KIM folder: kim.yml and its posts.</summary>
internal static class KimGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the KIM's folder under <paramref name="contentDirectory"/>; returns (files, bytes) written.</summary>
    public static (int Files, long Bytes) Write(int seed, KimPlace place, int postCount, string contentDirectory)
    {
        var rng = Seeds.For(seed, Seeds.KimStream, place.Index);
        var profile = CreateProfile(rng, place);
        var folder = Path.Combine(contentDirectory, place.Slug);
        var posts = Path.Combine(folder, "posts");
        Directory.CreateDirectory(posts);

        var files = 0;
        long bytes = 0;
        bytes += WriteFile(Path.Combine(folder, "kim.yml"), KimYaml(rng, profile));
        files++;

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < postCount; p++)
        {
            var post = PostGenerator.Create(Seeds.For(seed, Seeds.PostStream, place.Index, p), profile);
            var slug = post.Slug;
            for (var n = 2; !slugs.Add(slug); n++)
            {
                slug = string.Create(CultureInfo.InvariantCulture, $"{post.Slug}-{n}");
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"{post.Date:yyyy-MM-dd}-{slug}.md");
            bytes += WriteFile(Path.Combine(posts, name), post.Text);
            files++;
        }

        return (files, bytes);
    }

    private static KimProfile CreateProfile(Random rng, KimPlace place)
    {
        var name = $"KIM {place.Desa.Name} {Rand.Pick(rng, Words.KimNameSuffixes)}";
        var memberCount = rng.Next(3, 7);
        var names = new List<string>(memberCount);
        while (names.Count < memberCount)
        {
            var person = rng.Next(4) == 0
                ? Rand.Pick(rng, Words.FirstNames)
                : $"{Rand.Pick(rng, Words.FirstNames)} {Rand.Pick(rng, Words.LastNames)}";
            if (!names.Contains(person))
            {
                names.Add(person);
            }
        }

        var members = names.Select((n, i) => new Member(n, i switch
        {
            0 => "Ketua",
            1 => "Sekretaris",
            2 when memberCount >= 4 => "Bendahara",
            _ => "Anggota",
        })).ToList();
        var dusun = Rand.Distinct(rng, Words.Dusun, rng.Next(3, 7));
        return new KimProfile(place, name, members, dusun);
    }

    private static string KimYaml(Random rng, KimProfile profile)
    {
        var place = profile.Place;
        var established = new DateOnly(2015, 1, 1).AddDays(rng.Next(0, 9 * 365 + 150));
        var skDate = established.AddDays(-rng.Next(0, 15));
        var issuer = rng.Next(4) == 0 ? $"Camat {place.Kecamatan.Name}" : $"Kepala Desa {place.Desa.Name}";
        var skNumber = string.Create(CultureInfo.InvariantCulture, $"{(rng.Next(2) == 0 ? 141 : 188)}/{rng.Next(1, 80)}/411.3{rng.Next(0, 100):00}.{rng.Next(1, 20):00}/{skDate.Year}");
        var email = "kim" + place.Slug[4..].Replace("-", "", StringComparison.Ordinal) + "@example.org";
        var whatsapp = string.Create(CultureInfo.InvariantCulture, $"08{rng.Next(11, 90)}{rng.Next(0, 10000):0000}{rng.Next(0, 10000):0000}");

        var y = new StringBuilder();
        y.Append("name: ").Append(Yaml.Scalar(profile.Name)).Append('\n');
        y.Append("desa: ").Append(Yaml.Scalar(place.Desa.Name)).Append('\n');
        y.Append("kecamatan: ").Append(place.Kecamatan.Slug).Append('\n');
        y.Append("cluster: ").Append(place.ClusterSlug).Append('\n');
        y.Append(CultureInfo.InvariantCulture, $"established: {established:yyyy-MM-dd}\n");
        y.Append("sk: { number: ").Append(Yaml.Quoted(skNumber))
            .Append(CultureInfo.InvariantCulture, $", date: {skDate:yyyy-MM-dd}, issuer: ").Append(Yaml.Scalar(issuer)).Append(" }\n");
        y.Append("members:\n");
        foreach (var member in profile.Members)
        {
            y.Append("  - { name: ").Append(Yaml.Scalar(member.Name)).Append(", role: ").Append(member.Role).Append(" }\n");
        }

        y.Append("contact: { email: ").Append(email).Append(", whatsapp: ").Append(Yaml.Quoted(whatsapp)).Append(" }\n");
        var description =
            $"{profile.Name} adalah kelompok relawan informasi Desa {place.Desa.Name}, Kecamatan {place.Kecamatan.Name}. " +
            $"Kami menulis kabar desa, {Rand.Pick(rng, Words.Topics).Objects[0]}, dan {Rand.Pick(rng, Words.Topics).Objects[1]}, " +
            "serta membantu warga memilah informasi yang benar dari yang bohong.";
        y.Append("description: ").Append(Yaml.Scalar(description)).Append('\n');
        return y.ToString();
    }

    private static int WriteFile(string path, string text)
    {
        var data = Utf8.GetBytes(text);
        File.WriteAllBytes(path, data);
        return data.Length;
    }
}
