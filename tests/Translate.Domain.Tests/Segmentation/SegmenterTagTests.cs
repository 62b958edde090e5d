using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Domain.Tests.Segmentation;

/// <summary>Inline tags inside a block: invisible to the rules, balanced in every segment.</summary>
public class SegmenterTagTests
{
    [Fact]
    public void Tags_inside_a_sentence_stay_where_they_are()
    {
        Assert.Equal(
            ["The <1>Minister</1> spoke.", "He said <2>yes</2>."],
            Segmenter.Split("The <1>Minister</1> spoke. He said <2>yes</2>.", Language.En));
    }

    [Fact]
    public void A_tag_pair_across_a_sentence_break_is_closed_and_opened_again()
    {
        Assert.Equal(
            ["Start <1>bold one.</1>", "<1>Bold two.</1>", "Plain."],
            Segmenter.Split("Start <1>bold one. Bold two.</1> Plain.", Language.En));
    }

    [Fact]
    public void Nested_pairs_across_a_break_reopen_in_their_order()
    {
        Assert.Equal(
            ["<1>A <2>bold one.</2></1>", "<1><2>Capital</2> letter.</1>"],
            Segmenter.Split("<1>A <2>bold one. Capital</2> letter.</1>", Language.En));
    }

    [Fact]
    public void Tags_do_not_hide_a_sentence_end_from_the_rules()
    {
        Assert.Equal(
            ["It is <1>done.</1>", "<2>Next</2> one."],
            Segmenter.Split("It is <1>done.</1> <2>Next</2> one.", Language.En));
    }

    [Fact]
    public void Whitespace_is_folded_and_trimmed_around_tags()
    {
        Assert.Equal(
            ["<1>Spaced out words.</1>"],
            Segmenter.Split("  <1> Spaced \n out   words. </1>  ", Language.En));
    }

    [Fact]
    public void A_standalone_tag_after_a_space_opens_the_next_sentence()
    {
        Assert.Equal(
            ["One.", "<1/> Two."],
            Segmenter.Split("One. <1/> Two.", Language.En));
    }

    [Fact]
    public void A_space_before_a_standalone_tag_at_the_end_is_kept()
    {
        Assert.Equal(["A picture of the launch: <1/>"], Segmenter.Split("A picture of the launch: <1/>", Language.En));
    }

    [Fact]
    public void Spaces_around_a_standalone_tag_are_kept()
    {
        Assert.Equal(["Page <1/> of <2/> pages."], Segmenter.Split("Page <1/> of <2/> pages.", Language.En));
    }

    [Fact]
    public void A_line_break_between_sentences_separates_them_for_the_rules()
    {
        Assert.Equal(
            ["See the website.<1/>", "Contact: Paul Zenners"],
            Segmenter.Split("See the website.<1/>Contact: Paul Zenners", Language.En));
    }

    [Fact]
    public void A_standalone_tag_inside_a_word_adds_no_space()
    {
        Assert.Equal(["Footnote<1/> here."], Segmenter.Split("Footnote<1/> here.", Language.En));
    }

    [Fact]
    public void A_block_of_tags_only_has_no_segments()
    {
        Assert.Empty(Segmenter.Split("<1/> <2> </2>", Language.En));
    }

    [Fact]
    public void Unbalanced_tags_are_cut_as_they_are()
    {
        Assert.Equal(
            ["A <1>bold one.", "Capital."],
            Segmenter.Split("A <1>bold one. Capital.", Language.En));
    }

    [Fact]
    public void Chinese_sentences_with_tags_split_at_full_width_marks()
    {
        Assert.Equal(
            ["<1>卢森堡</1>今天宣布。", "这是第二句。"],
            Segmenter.Split("<1>卢森堡</1>今天宣布。这是第二句。", Language.Zh));
    }

    [Fact]
    public void Counting_ignores_tags()
    {
        Assert.Equal(3, TextCounter.Count("<1>Three</1> short<2/> <3>words</3>", Language.En));
        Assert.Equal(3, TextCounter.Count("<1>卢森堡</1>", Language.Zh));
    }
}
