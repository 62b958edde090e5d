using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Translate.EndToEnd.Support;

/// <summary>
/// axe-core, the engine from npm that Deque.AxeCore.Playwright bundles and injects into the page through Playwright,
/// run on the page as it is now.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Fails on any serious or critical violation, naming the rule and the elements.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe-core on {result.Url}:\n" + string.Join("\n", blocking.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help}\n  " + string.Join("\n  ", violation.Nodes.Select(n => n.Html));
}
