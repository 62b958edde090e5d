using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Domain.Tests.Documents;

public class PlainTextReaderSampleTests
{
    public static TheoryData<string> Codes => ["en", "fr", "de", "lb", "zh"];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Read_SampleRelease_GivesReferenceSegmentsInTheirBlocks(string code)
    {
        var document = PlainTextReader.Read(SampleRelease.Text(LanguageCodes.Parse(code)), LanguageCodes.Parse(code));

        var expected = SampleRelease.Document(LanguageCodes.Parse(code)).Blocks;
        Assert.Equal(expected.Count, document.Blocks.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Segments, document.Blocks[i].Segments);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Read_SampleRelease_FindsTitleThenHeadingThenParagraphs(string code)
    {
        var document = PlainTextReader.Read(SampleRelease.Text(LanguageCodes.Parse(code)), LanguageCodes.Parse(code));

        Assert.Equal(BlockKind.Title, document.Blocks[0].Kind);
        Assert.Equal(BlockKind.Heading, document.Blocks[1].Kind);
        Assert.All(document.Blocks.Skip(2), block => Assert.Equal(BlockKind.Paragraph, block.Kind));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Write_ReadSampleRelease_GivesTheFileBack(string code)
    {
        var language = LanguageCodes.Parse(code);
        var text = SampleRelease.Text(LanguageCodes.Parse(code));

        var written = PlainTextWriter.Write(PlainTextReader.Read(text, language), language);

        Assert.Equal(text.TrimEnd('\n'), written);
    }
}
