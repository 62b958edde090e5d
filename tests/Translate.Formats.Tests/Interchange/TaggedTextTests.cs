using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Interchange.InterchangeSamples;

namespace Translate.Formats.Tests.Interchange;

public class TaggedTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("No tags & no <b>HTML</b> either.")]
    [InlineData("The <1>Ministry of the <2>Economy</2></1> signed.<3/>")]
    [InlineData("<1>Whole</1>")]
    [InlineData("<12/><999>last</999> 空间资源<7/>")]
    public void ToInlineThenFromInline_GivesTheSameTaggedText(string tagged)
    {
        Assert.Equal(tagged, TaggedText.FromInline(TaggedText.ToInline(tagged)));
    }

    [Fact]
    public void ToInline_Tags_AreCodesNumberedAsTheTagsOfKindOther()
    {
        var text = TaggedText.ToInline("A <1>bold</1> word<2/>");

        Assert.Equal(
            new InlinePart[]
            {
                new TextRun("A "), new OpeningCode("1", InlineKind.Other), new TextRun("bold"), new ClosingCode("1"),
                new TextRun(" word"), new StandaloneCode("2", InlineKind.Other),
            },
            text.Parts);
    }

    [Fact]
    public void ToInline_WithALookup_GivesEachCodeItsKindAndALinkItsAddress()
    {
        var text = TaggedText.ToInline("<1>See</1> <2>site</2><3/>", id => id switch
        {
            1 => (InlineKind.Bold, null),
            2 => (InlineKind.Link, "https://gouvernement.lu"),
            _ => (InlineKind.LineBreak, null),
        });

        Assert.Equal(
            new InlinePart[]
            {
                new OpeningCode("1", InlineKind.Bold), new TextRun("See"), new ClosingCode("1"), new TextRun(" "),
                new OpeningCode("2", InlineKind.Link, "https://gouvernement.lu"), new TextRun("site"), new ClosingCode("2"),
                new StandaloneCode("3", InlineKind.LineBreak),
            },
            text.Parts);
    }

    [Theory]
    [InlineData("<1>never closed")]
    [InlineData("closed </2> only")]
    [InlineData("<1><2>crossed</1></2>")]
    public void ToInline_UnbalancedTags_AreRefusedWithTheProblem(string tagged)
    {
        var refusal = Assert.Throws<ArgumentException>(() => TaggedText.ToInline(tagged));

        Assert.Contains("Tag", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a1")]
    [InlineData("0")]
    [InlineData("01")]
    [InlineData("1000")]
    [InlineData("-1")]
    public void FromInline_CodeIdThatIsNotATagNumber_IsRefusedNamingTheId(string id)
    {
        var text = new InlineText([new OpeningCode(id, InlineKind.Bold), new TextRun("x"), new ClosingCode(id)]);

        var refusal = Assert.Throws<InterchangeFormatException>(() => TaggedText.FromInline(text));

        Assert.Contains($"'{id}'", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromInline_StandaloneCodeWithAForeignId_IsRefused()
    {
        var text = new InlineText([new TextRun("line"), new StandaloneCode("br1", InlineKind.LineBreak)]);

        Assert.Throws<InterchangeFormatException>(() => TaggedText.FromInline(text));
    }

    [Fact]
    public void FromInline_TextThatLooksLikeATag_StaysInTheTaggedText()
    {
        Assert.Equal("<1>typed</1> by hand", TaggedText.FromInline(InlineText.Plain("<1>typed</1> by hand")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TaggedSegment_ThroughXliffAndBack_IsTheSameTaggedText(bool xliff12)
    {
        const string source = "The <1>Minister</1> said:<2/>“<3>Space</3> is next.”";
        const string target = "Le <1>ministre</1> a dit :<2/>« L’<3>espace</3> est la suite. »";
        var document = new BilingualDocument(Language.En, Language.Fr, "r",
            [new BilingualUnit("u1", TaggedText.ToInline(source), TaggedText.ToInline(target), TranslationState.Translated)]);

        var read = xliff12
            ? Xliff12Reader.Read(Written(s => Xliff12Writer.Write(document, s)), ReaderLimits.Default)
            : Xliff2Reader.Read(Written(s => Xliff2Writer.Write(document, s)), ReaderLimits.Default);

        var unit = read.Units.Single();
        Assert.Equal((source, target), (TaggedText.FromInline(unit.Source), TaggedText.FromInline(unit.Target!)));
    }
}
