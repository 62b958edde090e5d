using System.Globalization;
using Translate.Formats.Interchange;

namespace Translate.Application;

/// <summary>"Uploads:MaxBytes": the largest file accepted for upload (20 MB unless configured): source documents and bilingual files.</summary>
public sealed class UploadOptions
{
    public const string MaxBytesKey = "Uploads:MaxBytes";

    public long MaxBytes { get; set; } = ReaderLimits.DefaultMaxBytes;

    public ReaderLimits ReaderLimits => new() { MaxBytes = MaxBytes };

    /// <summary>The limit in words, as messages and pages state it.</summary>
    public string MaxSize => Size(MaxBytes);

    public static void Read(SettingsReader settings, UploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        options.MaxBytes = settings.PositiveNumber(MaxBytesKey, "bytes", options.MaxBytes);
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
