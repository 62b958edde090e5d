using Microsoft.AspNetCore.Components.Forms;
using Translate.Domain.Documents;
using Translate.Formats;

namespace Translate.Web.Components.Pages.Releases;

/// <summary>An uploaded source file read as UTF-8 text, or why it cannot be used.</summary>
internal sealed record SourceUpload(string? Text, SourceFormat Format, string? Problem)
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static async Task<SourceUpload> ReadAsync(IBrowserFile file)
    {
        if (SourceFiles.FormatOf(file.Name) is not { } format)
        {
            return Refused($"{file.Name} is not a .txt or .md file; only those can be used as the source.");
        }

        if (file.Size > MaxBytes)
        {
            return Refused($"{file.Name} is larger than 2 MB; upload a smaller file or paste the text.");
        }

        using var bytes = new MemoryStream();
        await using (var stream = file.OpenReadStream(MaxBytes))
        {
            await stream.CopyToAsync(bytes);
        }

        return SourceFiles.DecodeUtf8(bytes.ToArray()) is { } text
            ? new SourceUpload(text, format, null)
            : Refused($"{file.Name} is not UTF-8 text; save it as UTF-8 and upload it again.");
    }

    private static SourceUpload Refused(string problem) => new(null, SourceFormat.PlainText, problem);
}
