using Translate.Web.Components.Pages.Editor.Help;
using static Translate.Web.Components.Pages.Editor.Help.DifferenceKind;

namespace Translate.Web.Tests.Editor.Help;

public sealed class SourceDifferenceTests
{
    [Fact]
    public void ChangedWord_IsMissingThenAdded_WithTheSpacesLeftInTheSameText()
    {
        var runs = SourceDifference.Of("The Minister opened the fair.", "The Minister closed the fair.");

        Assert.Equal(
            [new(Same, "The Minister "), new(Missing, "closed"), new(Added, "opened"), new(Same, " the fair.")],
            runs);
    }

    [Fact]
    public void WholeWords_AreCompared_NotTheirLetters()
    {
        var runs = SourceDifference.Of("The minister spoke.", "The ministry spoke.");

        Assert.Equal([new(Same, "The "), new(Missing, "ministry"), new(Added, "minister"), new(Same, " spoke.")], runs);
    }

    [Fact]
    public void AddedWord_KeepsItsSpaceOutsideTheInsertion()
    {
        var runs = SourceDifference.Of("The new law passed.", "The law passed.");

        Assert.Equal([new(Same, "The "), new(Added, "new"), new(Same, " law passed.")], runs);
    }

    [Fact]
    public void Punctuation_IsAWordOfItsOwn()
    {
        var runs = SourceDifference.Of("The fair opens today!", "The fair opens today.");

        Assert.Equal([new(Same, "The fair opens today"), new(Missing, "."), new(Added, "!")], runs);
    }

    [Fact]
    public void NumbersWithSeparators_AndHyphenatedWords_AreOneWordEach()
    {
        var runs = SourceDifference.Of("A 3.5% rise in extra-atmospheric mining.", "A 2.5% rise in extra-atmospheric mining.");

        Assert.Equal([new(Same, "A "), new(Missing, "2.5"), new(Added, "3.5"), new(Same, "% rise in extra-atmospheric mining.")], runs);
    }

    [Fact]
    public void InlineTags_AreKeptWhole()
    {
        var runs = SourceDifference.Of("The <1>Minister</1> spoke.<2/>", "The <3>Minister</3> spoke.");

        Assert.Equal(
            [new(Same, "The "), new(Missing, "<3>"), new(Added, "<1>"), new(Same, "Minister"), new(Missing, "</3>"), new(Added, "</1>"), new(Same, " spoke."), new(Added, "<2/>")],
            runs);
    }

    [Fact]
    public void ChineseText_IsComparedCharacterByCharacter()
    {
        var runs = SourceDifference.Of("经济部长今天发言。", "经济部长昨天发言。");

        Assert.Equal([new(Same, "经济部长"), new(Missing, "昨"), new(Added, "今"), new(Same, "天发言。")], runs);
    }

    [Fact]
    public void SameText_IsOneSameRun_WithWhiteSpaceFolded()
    {
        var runs = SourceDifference.Of("The  fair\topens.", "The fair opens.");

        Assert.Equal([new(Same, "The fair opens.")], runs);
    }

    [Fact]
    public void CaseDifference_IsShown()
    {
        var runs = SourceDifference.Of("the fair", "The fair");

        Assert.Equal([new(Missing, "The"), new(Added, "the"), new(Same, " fair")], runs);
    }
}
