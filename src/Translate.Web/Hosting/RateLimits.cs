using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Translate.Application;

namespace Translate.Web.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter, per client address: on the sign-in form (guessing slows down long before lockout) and
/// on the upload endpoints (flooding). Refused requests get 429 with Retry-After; the sign-in form a page saying so.
/// </summary>
internal static class RateLimits
{
    public const string Upload = "upload";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddTranslateRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<RateLimitOptions>(configuration, RateLimitOptions.Read);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // The sign-in form is a page, not an endpoint of ours: limited by what is posted to it.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context.Request)
                ? PerClient(context, "sign-in", limits => limits.SignInsPerMinute)
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.AddPolicy(Upload, context => PerClient(context, Upload, limits => limits.UploadsPerMinute));
            options.OnRejected = RejectedAsync;
        });
        return services;
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);

    private static RateLimitPartition<string> PerClient(HttpContext context, string kind, Func<RateLimitOptions, int> permits)
    {
        var limit = permits(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetSlidingWindowLimiter($"{kind}:{context.Connection.RemoteIpAddress}", _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : (int)Window.TotalSeconds;
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!IsSignIn(rejected.HttpContext.Request))
        {
            return;
        }

        var localizer = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<RateLimitOptions>>();
        string Text(string key, params object[] values) => WebUtility.HtmlEncode(localizer[key, values]);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.Name}">
            <head><meta charset="utf-8"><title>{Text("account.login.too-many.title")} · Translate</title></head>
            <body><main>
            <h1>{Text("account.login.too-many.title")}</h1>
            <p>{Text("account.login.too-many.text", seconds)}</p>
            <p><a href="Account/Login">{Text("account.login.too-many.back")}</a></p>
            </main></body>
            </html>
            """, cancellationToken);
    }
}
