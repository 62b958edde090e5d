using System.Globalization;
using Microsoft.Extensions.Configuration;
using Translate.Formats.Interchange;

namespace Translate.Application;

/// <summary>"Uploads:MaxBytes": the largest file accepted for upload (20 MB unless configured): source documents and bilingual files.</summary>
public sealed record UploadOptions
{
    public const string MaxBytesKey = "Uploads:MaxBytes";

    public long MaxBytes { get; init; } = ReaderLimits.DefaultMaxBytes;

    public ReaderLimits ReaderLimits => new() { MaxBytes = MaxBytes };

    /// <summary>The limit in words, as messages and pages state it.</summary>
    public string MaxSize => Size(MaxBytes);

    public static UploadOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[MaxBytesKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new UploadOptions();
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var maxBytes) && maxBytes > 0
            ? new UploadOptions { MaxBytes = maxBytes }
            : throw new InvalidOperationException($"{MaxBytesKey} is '{value}'; give a positive number of bytes.");
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
