using Translate.Domain.Releases;

namespace Translate.Domain.Tests;

public class ArchitectureTests
{
    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(Release).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal), $"{name} is not part of the base library."));
    }
}
