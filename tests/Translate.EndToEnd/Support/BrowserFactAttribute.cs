namespace Translate.EndToEnd.Support;

/// <summary>A browser test: reported as skipped, with the reason, where Debian's Chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = BrowserSkip.Reason;
        }
    }
}

/// <summary>A browser theory: reported as skipped, with the reason, where Debian's Chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = BrowserSkip.Reason;
        }
    }
}

internal static class BrowserSkip
{
    public const string Reason = $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install chromium)";
}
