using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Translate.Domain.Releases;
using Translate.Web.Components;

namespace Translate.Web.Tests.Architecture;

/// <summary>
/// Dependencies point one way (Web → Application → Data and Formats → Domain), the host alone chooses the database,
/// and pages reach the database only through the application's services.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Each project and the projects it references, as its build recorded them (its .deps.json).</summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        { "Translate.Domain", [] },
        { "Translate.Formats", ["Translate.Domain"] },
        { "Translate.Data", ["Translate.Domain"] },
        { "Translate.Data.Sqlite", ["Translate.Data"] },
        { "Translate.Data.SqlServer", ["Translate.Data"] },
        { "Translate.Application", ["Translate.Data", "Translate.Formats"] },
        { "Translate.Web", ["Translate.Application", "Translate.Data.Sqlite", "Translate.Data.SqlServer"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void EachProject_ReferencesOnlyTheProjectsBelowIt(string project, string[] below) =>
        Assert.Equal(below.Order(), Dependencies(project).Where(d => d.StartsWith("Translate.", StringComparison.Ordinal)).Order());

    [Fact]
    public void Domain_IsPlainCSharp_ReferencingNoPackageAndNothingButDotNetItself()
    {
        var domain = typeof(Release).Assembly;

        Assert.Empty(Dependencies(domain.GetName().Name!));
        Assert.All(domain.GetReferencedAssemblies(), reference => Assert.Matches(@"^System(\.|$)", reference.Name));
    }

    /// <summary>
    /// No component (pages, account pages, shared parts, with their lambdas and async methods) holds, injects, takes or
    /// makes a local of a database type: a <see cref="DbContext"/>, its factory, or anything else of EF Core.
    /// </summary>
    [Fact]
    public void Components_NeverTouchTheDatabase()
    {
        var components = typeof(App).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t)).ToList();

        var touches = components.SelectMany(c => WithNested(c).SelectMany(t => DatabaseUses(c, t))).ToList();

        Assert.NotEmpty(components);
        Assert.True(touches.Count == 0, "Components that touch the database:\n" + string.Join("\n", touches));
    }

    private static IEnumerable<string> DatabaseUses(Type component, Type type)
    {
        const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var methods = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)).ToList();
        var used = type.GetFields(Declared).Select(f => (f.Name, f.FieldType))
            .Concat(type.GetProperties(Declared).Select(p => (p.Name, p.PropertyType)))
            .Concat(methods.SelectMany(m => m.GetParameters().Select(p => ($"{m.Name}({p.Name})", p.ParameterType))))
            .Concat(methods.OfType<MethodInfo>().Select(m => ($"{m.Name} returns", m.ReturnType)))
            .Concat(methods.SelectMany(m => (m.GetMethodBody()?.LocalVariables ?? []).Select(l => ($"{m.Name} local", l.LocalType))));
        return used.Where(u => IsDatabase(u.Item2)).Select(u => $"{component.Name} ({type.Name}).{u.Item1}: {u.Item2}");
    }

    private static bool IsDatabase(Type type) =>
        typeof(DbContext).IsAssignableFrom(type)
        || type.Assembly.GetName().Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
        || (type.HasElementType && IsDatabase(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(IsDatabase));

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested).Prepend(type);

    /// <summary>The packages and projects <paramref name="project"/> was built against, from its .deps.json beside the tests.</summary>
    private static IEnumerable<string> Dependencies(string project)
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, project + ".deps.json")));
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var library = target.EnumerateObject().Single(l => l.Name.StartsWith(project + "/", StringComparison.Ordinal)).Value;
        return library.TryGetProperty("dependencies", out var dependencies)
            ? [.. dependencies.EnumerateObject().Select(d => d.Name)]
            : [];
    }
}
