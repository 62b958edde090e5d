using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Translate.Application;
using Translate.Application.Releases;
using Translate.Formats;

namespace Translate.Web.Components.Pages.Releases;

/// <summary>An uploaded source file with its bytes, or why it cannot be used.</summary>
internal sealed record SourceUpload(SourceFile? File, string? Problem)
{
    /// <summary>The extensions accepted, as people read them: ".txt, .md".</summary>
    public static string Accepted { get; } = SourceFiles.Extensions.Replace(",", ", ", StringComparison.Ordinal);

    public static async Task<SourceUpload> ReadAsync(IBrowserFile file, UploadOptions uploads, IStringLocalizer localizer)
    {
        if (SourceFiles.FormatOf(file.Name) is not { } format)
        {
            return new(null, localizer["release.upload.not-source", file.Name, Accepted]);
        }

        if (file.Size > uploads.MaxBytes)
        {
            return new(null, localizer["release.upload.too-large", file.Name, uploads.MaxSize]);
        }

        using var bytes = new MemoryStream();
        await using (var stream = file.OpenReadStream(uploads.MaxBytes))
        {
            await stream.CopyToAsync(bytes);
        }

        return new(new SourceFile(file.Name, format, bytes.ToArray()), null);
    }
}
