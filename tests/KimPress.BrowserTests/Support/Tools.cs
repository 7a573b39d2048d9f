namespace KimPress.BrowserTests.Support;

/// <summary>
/// Finds the programs these checks need on the machine. In CI (<c>CI=true</c>, as .ci/run runs,
/// after installing them) a missing one fails the test with how to install it: a check that
/// silently skips there would let a broken page through. On a developer's machine without them,
/// the test is reported as skipped with the same instructions, so <c>dotnet test</c> works from a
/// fresh clone with only the .NET SDK.
/// </summary>
public static class Tools
{
    /// <summary>The folder holding KimPress.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The Debian chromium (or KIMPRESS_CHROMIUM), never a browser Playwright downloads.</summary>
    public static string Chromium() =>
        FromEnvironment("KIMPRESS_CHROMIUM") ?? OnPath("chromium", "chromium-browser")
        ?? throw Missing(
            "Chromium is not installed. Install the Debian package: sudo apt-get install -y chromium " +
            "(or run bash .ci/run, which installs everything the tests need), or set KIMPRESS_CHROMIUM to a Chromium binary.");

    /// <summary>The java command (17 or later).</summary>
    public static string Java() =>
        FromEnvironment("KIMPRESS_JAVA") ?? OnPath("java")
        ?? throw Missing(
            "Java is not installed, and the W3C HTML checker needs it. Install it: sudo apt-get install -y default-jre-headless " +
            "(or run bash .ci/run), or set KIMPRESS_JAVA to a java binary.");

    /// <summary>A C compiler and linker (clang or gcc), which `dotnet publish` of the native kimpress needs.</summary>
    public static string CCompiler() =>
        OnPath("clang", "gcc")
        ?? throw Missing(
            "Neither clang nor gcc is installed, and publishing the native kimpress links with one. Install it: sudo apt-get install -y clang " +
            "(or run bash .ci/run).");

    /// <summary>vnu.jar from the npm package vnu-jar (package.json at the repository root).</summary>
    public static string VnuJar()
    {
        var jar = Path.Combine(RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        return File.Exists(jar)
            ? jar
            : throw Missing(
                $"{jar} is missing. Install the npm packages from package-lock.json: npm ci --ignore-scripts (in {RepositoryRoot}), or run bash .ci/run.");
    }

    /// <summary>Where screenshots and other artefacts go: test-output/ at the repository root (git-ignored).</summary>
    public static string OutputFolder(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "test-output", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>True when running in CI, where every check must run.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static Exception Missing(string message) =>
        InCi ? new InvalidOperationException(message) : new SkipException(message + " Skipped because CI is not set; with CI=true this is a failure.");

    private static string? FromEnvironment(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } path && File.Exists(path) ? path : null;

    private static string? OnPath(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KimPress.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KimPress.sln not found above " + AppContext.BaseDirectory);
    }
}
