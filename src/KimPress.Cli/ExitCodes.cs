namespace KimPress.Cli;

/// <summary>The process exit codes, for CI.</summary>
internal static class ExitCodes
{
    /// <summary>Built (or checked) without errors; warnings allowed.</summary>
    public const int Success = 0;

    /// <summary>The content has errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>Wrong options, or site.yml, the theme or the output folder is unusable.</summary>
    public const int Usage = 2;

    /// <summary>A bug in KimPress (an exception no input should cause).</summary>
    public const int Internal = 3;
}
