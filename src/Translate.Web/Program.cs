using Microsoft.Extensions.Options;
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

try
{
    return await RunAsync(args);
}
catch (Exception e) when (WrongSettings.In(e) is { Count: > 0 } sentences)
{
    foreach (var sentence in sentences)
    {
        await Console.Error.WriteLineAsync(sentence);
    }

    return WrongSettings.ExitCode;
}

static async Task<int> RunAsync(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);

    // The host chooses the database before it is built, as the context factory is registered with it.
    var database = DatabaseOptions.From(builder.Configuration);
    builder.Services.AddTranslateDatabase(database.Provider, database.ConnectionString, builder.Environment.ContentRootPath);
    builder.Services.AddTranslateApplication(builder.Configuration);
    builder.Services.AddTranslateAccounts(builder.Configuration);
    builder.Services.AddTranslateDemo(builder.Configuration);
    builder.Services.AddRazorComponents().AddInteractiveServerComponents();
    builder.Services.AddTranslateComponents();
    builder.Services.AddTranslateLocalization();
    builder.Services.AddTranslateRateLimits(builder.Configuration);
    builder.Services.AddHostedService<ScheduledPublisher>();

    var app = builder.Build();

    // Every setting is checked before the database is touched, for the create-admin command too.
    app.Services.GetRequiredService<IStartupValidator>().Validate();

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
}
