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

    public static UploadOptions From(IConfiguration configuration) =>
        PositiveSetting.Read<long>(configuration, MaxBytesKey, "bytes") is { } maxBytes
            ? new UploadOptions { MaxBytes = maxBytes }
            : new UploadOptions();

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
