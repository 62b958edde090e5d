using Translate.Domain.Releases;

namespace Translate.Domain.Tests.Releases;

public class SegmentAlignmentTests
{
    [Theory]
    [InlineData("a b c", "a b c", "a=a b=b c=c")]
    [InlineData("a b c", "x a b c", "+x a=a b=b c=c")]
    [InlineData("a b c", "a c", "a=a -b c=c")]
    [InlineData("a b c", "a B c", "a=a b~B c=c")]
    [InlineData("a b c d", "a B C x d", "a=a b~B c~C +x d=d")]
    [InlineData("p q p q", "p q z p q", "p=p q=q +z p=p q=q")]
    [InlineData("a b", "", "-a -b")]
    [InlineData("", "a", "+a")]
    public void Align_KeepsEqualTextsAndPairsTheRestInOrder(string before, string after, string expected)
    {
        var old = Words(before);
        var @new = Words(after);

        var pairs = SegmentAlignment.Align(old, @new);

        Assert.Equal(expected, string.Join(" ", pairs.Select(p => p switch
        {
            ({ } o, { } n) when old[o] == @new[n] => $"{old[o]}={@new[n]}",
            ({ } o, { } n) => $"{old[o]}~{@new[n]}",
            ({ } o, null) => $"-{old[o]}",
            (null, { } n) => $"+{@new[n]}",
            _ => "?",
        })));
    }

    [Fact]
    public void Align_TooLargeForTheTable_StillAccountsForEverySegment()
    {
        var old = Enumerable.Range(0, 3000).Select(i => $"old {i}").ToList();
        var @new = Enumerable.Range(0, 2500).Select(i => $"new {i}").ToList();

        var pairs = SegmentAlignment.Align(old, @new);

        Assert.Equal(Enumerable.Range(0, 3000), pairs.Where(p => p.Old is not null).Select(p => p.Old!.Value));
        Assert.Equal(Enumerable.Range(0, 2500), pairs.Where(p => p.New is not null).Select(p => p.New!.Value));
    }

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
