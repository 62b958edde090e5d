namespace Translate.Web.Endpoints;

/// <summary>
/// For endpoints that change something and take a raw body, so no antiforgery token: a request sent by another site's
/// page (it carries the person's cookie) is refused with 403. The browser says where a request comes from
/// (<c>Sec-Fetch-Site</c>, and <c>Origin</c> on every cross-origin POST); a script or tool sends neither and is let in.
/// </summary>
internal sealed class SameOriginOnly : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        FromThisSite(context.HttpContext.Request) ? next(context) : ValueTask.FromResult<object?>(TypedResults.Problem(
            "Requests from other sites may not change anything here.", statusCode: StatusCodes.Status403Forbidden));

    private static bool FromThisSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var from)
                && string.Equals(from.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
