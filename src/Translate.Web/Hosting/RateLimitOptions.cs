using Translate.Application;

namespace Translate.Web.Hosting;

/// <summary>How often one client may try to sign in or upload a file, per minute (settings under <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts per client: enough for an office behind one address, too few to guess passwords.</summary>
    public int SignInsPerMinute { get; set; } = 30;

    /// <summary>File uploads through the HTTP endpoints per client.</summary>
    public int UploadsPerMinute { get; set; } = 30;

    public static void Read(SettingsReader settings, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        options.SignInsPerMinute = settings.WholeNumber("RateLimits:SignInsPerMinute", 1, 100_000, options.SignInsPerMinute);
        options.UploadsPerMinute = settings.WholeNumber("RateLimits:UploadsPerMinute", 1, 100_000, options.UploadsPerMinute);
    }
}
