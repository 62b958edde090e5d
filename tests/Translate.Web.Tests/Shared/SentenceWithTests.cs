using Bunit;
using Translate.Web.Components.Shared;

namespace Translate.Web.Tests.Shared;

public sealed class SentenceWithTests : BunitContext
{
    [Fact]
    public void TheComponent_GoesWhereTheSentencesSlotIs()
    {
        var cut = Render<SentenceWith>(p => p
            .Add(x => x.Text, $"Le français est {SentenceWith.Slot} depuis hier.")
            .AddChildContent("<b>en relecture</b>"));

        Assert.Equal("Le français est <b>en relecture</b> depuis hier.", cut.Markup);
    }

    [Fact]
    public void ASentenceWithoutSlot_EndsWithTheComponent()
    {
        var cut = Render<SentenceWith>(p => p.Add(x => x.Text, "State: ").AddChildContent("<b>approved</b>"));

        Assert.Equal("State: <b>approved</b>", cut.Markup);
    }
}
