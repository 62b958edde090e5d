using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Translate.Application;
using Translate.Application.Releases;
using Translate.Formats;

namespace Translate.Web.Components.Pages.Releases;

/// <summary>An uploaded source file with its bytes, or why it cannot be used.</summary>
internal sealed record SourceUpload(SourceFile? File, string? Problem)
{

    public static async Task<SourceUpload> ReadAsync(IBrowserFile file, UploadOptions uploads, IStringLocalizer localizer)
    {
        if (SourceFiles.FormatOf(file.Name) is not { } format)
        {
            return new(null, localizer["release.upload.not-source", file.Name, SourceFiles.ExtensionList]);
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
