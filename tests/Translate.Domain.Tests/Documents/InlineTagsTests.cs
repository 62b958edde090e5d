using Translate.Domain.Documents;

namespace Translate.Domain.Tests.Documents;

public class InlineTagsTests
{
    [Fact]
    public void Strip_removes_paired_and_standalone_tags_and_nothing_else()
    {
        Assert.Equal("The Minister of the Economy said: yes<br> 3 < 4 > 2",
            InlineTags.Strip("The <1>Minister of the <2>Economy</2></1> said:<3/> yes<br> 3 < 4 > 2"));
    }

    [Theory]
    [InlineData("<0>zero</0>")]
    [InlineData("<01>leading zero</01>")]
    [InlineData("<1000>four digits</1000>")]
    [InlineData("< 1>spaced</ 1>")]
    [InlineData("<b>html</b>")]
    public void Only_numbered_tags_from_1_to_999_are_tags(string text)
    {
        Assert.False(InlineTags.HasTags(text));
        Assert.Equal(text, InlineTags.Strip(text));
    }

    [Fact]
    public void Find_names_each_tag_its_kind_id_and_place()
    {
        var tags = InlineTags.Find("a<12>b</12><3/>");

        Assert.Equal(
            [
                new InlineTag(InlineTagKind.Opening, 12, 1, 4),
                new InlineTag(InlineTagKind.Closing, 12, 6, 5),
                new InlineTag(InlineTagKind.Standalone, 3, 11, 4),
            ],
            tags);
    }

    [Fact]
    public void Writers_give_the_forms_the_reader_finds()
    {
        var text = InlineTags.Opening(7) + "x" + InlineTags.Closing(7) + InlineTags.Standalone(8);

        Assert.Equal("<7>x</7><8/>", text);
        Assert.Null(InlineTags.Problem(text));
    }

    [Theory]
    [InlineData("<1>open", "Tag <1> is never closed.")]
    [InlineData("close</1>", "Tag </1> closes a tag that is not open.")]
    [InlineData("<1><2>x</1></2>", "Tag </1> closes before </2>, which was opened inside it.")]
    [InlineData("<1><1>x</1></1>", "Tag <1> is opened again inside itself.")]
    public void Problem_names_what_is_unbalanced(string text, string problem)
    {
        Assert.Equal(problem, InlineTags.Problem(text));
    }

    [Fact]
    public void Balanced_nested_tags_have_no_problem()
    {
        Assert.Null(InlineTags.Problem("<1>a <2>b</2><3/> c</1> d <4>e</4>"));
    }
}
