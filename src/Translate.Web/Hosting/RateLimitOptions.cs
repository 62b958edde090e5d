using System.ComponentModel.DataAnnotations;

namespace Translate.Web.Hosting;

/// <summary>How often one client may try to sign in or upload a file, per minute (settings under <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts per client: enough for an office behind one address, too few to guess passwords.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:SignInsPerMinute must be a whole number from 1 to 100000.")]
    public int SignInsPerMinute { get; set; } = 30;

    /// <summary>File uploads through the HTTP endpoints per client.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:UploadsPerMinute must be a whole number from 1 to 100000.")]
    public int UploadsPerMinute { get; set; } = 30;
}
