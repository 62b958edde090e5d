using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Documents;

public class SegmentedBlockTests
{
    private static SegmentedBlock Block(params string[] segments) => new(BlockKind.Paragraph, segments);

    [Fact]
    public void Text_JoinsSentencesWithASpace() =>
        Assert.Equal("One. Two.", Block("One.", "Two.").Text(Language.Fr));

    [Fact]
    public void Text_InChinese_JoinsSentencesWithoutSpace() =>
        Assert.Equal("一。二。", Block("一。", "二。").Text(Language.Zh));

    [Fact]
    public void Text_AfterASentenceEndingInALineBreak_AddsNoSpace() =>
        Assert.Equal("Website.<1/>Contact: <2>press</2>.", Block("Website.<1/>", "Contact: <2>press</2>.").Text(Language.En));

    [Fact]
    public void Text_SkipsSentencesNotTranslatedYet() =>
        Assert.Equal("Two.", Block("", "Two.", "").Text(Language.De));

    [Fact]
    public void PlainText_DropsTheTagsAndJoinsAsTheReaderSeesIt() =>
        Assert.Equal("Website. Contact: press.", Block("Website.<1/>", "Contact: <2>press</2>.").PlainText(Language.En));
}
