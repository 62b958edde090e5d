using System.IO.Compression;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Translate.Application.Exchange;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using Translate.Testing;
using Translate.Web.Components.Pages.Exchange;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>A refused upload as a person working in Chinese or Luxembourgish reads it: the reason in their language.</summary>
public sealed class FileRefusalCultureTests : ComponentTest
{
    [Fact]
    public void NewRelease_ZipRenamedTxt_IsRefusedInChinese()
    {
        SignInAs(People.Anna);
        using var _ = new UiCulture("zh-Hans");
        var cut = Render<NewReleasePage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Zip(), "release.txt"));

        cut.WaitForAssertion(() => Assert.Contains("release.txt 被拒绝：该文件实际上是ZIP 压缩包（例如 Word 文档），而不是文件名所示的纯文本。",
            cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadXliff_WithADuplicateUnit_IsRefusedInLuxembourgishNamingTheLine()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        var downloaded = await App.Get<BilingualExchange>().DownloadXliffAsync(People.Anna.Id, slug, Language.Fr, XliffVersion.Xliff21);
        var document = Xliff2Reader.Read(new MemoryStream(downloaded.Content), ReaderLimits.Default);
        var duplicated = document.Units[0];
        var file = InterchangeFiles.Xliff(slug, document with { Units = [.. document.Units, duplicated] }, XliffVersion.Xliff21).Content;
        var line = LastLineWith(file, $"<unit id=\"{duplicated.Id}\"");
        SignInAs(People.Francoise);
        using var _ = new UiCulture("lb");
        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file, "sample-fr.xlf"));

        cut.WaitForAssertion(() => Assert.Contains($"sample-fr.xlf gouf refuséiert: D’Eenheeten-ID „{duplicated.Id}“ kënnt méi wéi eemol vir (Zeil {line}).",
            cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
    }

    private static byte[] Zip()
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            entry.Write("<document/>");
        }

        return bytes.ToArray();
    }

    private static int LastLineWith(byte[] file, string text)
    {
        var lines = Encoding.UTF8.GetString(file).Split('\n');
        var index = Array.FindLastIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index > 0, $"No line holds {text}");
        return index + 1;
    }
}
