using Translate.Application;
using Translate.Data;
using Translate.Web;
using Translate.Web.Accounts;
using Translate.Web.Components;
using Translate.Web.Demo;
using Translate.Web.Endpoints;
using Translate.Web.Hosting;
using Translate.Web.Localization;
using Translate.Web.Publishing;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTranslateDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddTranslateApplication(builder.Configuration);
builder.Services.AddTranslateAccounts();
builder.Services.AddTranslateDemo(builder.Configuration);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddTranslateComponents();
builder.Services.AddTranslateLocalization();
builder.Services.AddTranslateRateLimits(builder.Configuration);
builder.Services.AddHostedService<ScheduledPublisher>();

var app = builder.Build();

if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

await app.Services.PrepareDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

// After authentication (added first by the host), so the signed-in person's profile culture is known.
app.UseRequestLocalization();
app.UseRateLimiter();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapCultureEndpoints();
app.MapExportEndpoints();
app.MapExchangeEndpoints();
app.MapGlossaryEndpoints();
app.MapMemoryEndpoints();

await app.RunAsync();
return 0;
