using Bunit;
using Microsoft.JSInterop.Infrastructure;

namespace Translate.Web.Tests.Editor;

/// <summary>
/// Drives Virtualize as a browser window of the given height would. bUnit's own handler reports an endless
/// window, which renders every item and so could not show that a long release is virtualized.
/// </summary>
internal sealed class ViewportHandler(float height)
    : JSRuntimeInvocationHandler(i => i.Identifier == "Blazor._internal.Virtualize.init", isCatchAllHandler: false)
{
    protected override Task<IJSVoidResult> HandleAsync(JSRuntimeInvocation invocation)
    {
        var reference = invocation.Arguments[0]!;
        var virtualize = reference.GetType().GetProperty("Value")!.GetValue(reference)!;
        var spacerVisible = virtualize.GetType().GetMethod("OnSpacerBeforeVisible")!;
        var arguments = spacerVisible.GetParameters()
            .Select((parameter, index) => index == 2 ? height : Activator.CreateInstance(parameter.ParameterType))
            .ToArray();
        spacerVisible.Invoke(virtualize, arguments);
        SetVoidResult();
        return base.HandleAsync(invocation);
    }
}
