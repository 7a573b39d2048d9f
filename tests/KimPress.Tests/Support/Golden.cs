using System.Runtime.CompilerServices;

namespace KimPress.Tests.Support;

/// <summary>
/// Golden-file snapshots in Verify's conventions: the expected text lives beside the test as
/// <c>&lt;name&gt;.verified.&lt;ext&gt;</c>; on a mismatch the actual text is written as
/// <c>&lt;name&gt;.received.&lt;ext&gt;</c> (git-ignored) and the test fails. Set
/// <c>KIMPRESS_ACCEPT=1</c> to accept every received file as the new verified one.
/// </summary>
public static class Golden
{
    /// <summary>The environment variable that accepts changed snapshots.</summary>
    public const string AcceptVariable = "KIMPRESS_ACCEPT";

    /// <summary>Compares <paramref name="actual"/> with the verified file <paramref name="name"/>.<paramref name="extension"/> in <paramref name="directory"/> (default: beside the calling test).</summary>
    public static void Verify(string name, string actual, string extension = "txt", string? directory = null, [CallerFilePath] string callerFile = "")
    {
        directory ??= Path.GetDirectoryName(callerFile)!;
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No verified snapshot {verified}. Review {received} and rename it, or run with {AcceptVariable}=1."
            : $"Snapshot {verified} differs from {received}. Review with: diff {verified} {received}; accept with {AcceptVariable}=1.");
    }
}
