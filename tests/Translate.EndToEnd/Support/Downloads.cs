using System.IO.Compression;
using System.Text;
using Microsoft.Playwright;

namespace Translate.EndToEnd.Support;

/// <summary>Files the browser downloads when a person clicks a link.</summary>
public static class Downloads
{
    public static async Task<byte[]> DownloadAsync(this IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    public static string Text(byte[] file) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(file);

    public static IReadOnlyDictionary<string, string> Unzip(byte[] file)
    {
        using var archive = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>Texts compare without their final newline: the reference files and the exports may differ only there.</summary>
    public static string WithoutFinalNewline(string text) => text.TrimEnd('\n');
}
