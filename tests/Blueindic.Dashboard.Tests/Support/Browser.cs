using Microsoft.Playwright;

namespace Blueindic.Dashboard.Tests.Support;

/// <summary>A browser tab of its own (fresh session storage), its console errors and CSP violations kept.</summary>
public sealed class Tab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    public IPage Page { get; }
    public List<string> Errors { get; } = [];

    private Tab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, m) => { if (m.Type == "error") Errors.Add(m.Text); };
        page.PageError += (_, e) => Errors.Add(e);
    }

    public static async Task<Tab> OpenAsync(DashboardFixture app, int width = 1280, int height = 800)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "es-ES",
        });
        return new Tab(context, await context.NewPageAsync());
    }

    /// <summary>Opens the dashboard and pastes the key, as a user does.</summary>
    public async Task SignInAsync(string key, string route = "")
    {
        await Page.GotoAsync($"/{route}");
        await Page.GetByLabel("Clave de API").FillAsync(key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#nav")).ToBeVisibleAsync();
    }

    /// <summary>Goes to a route and waits until that route's view (not the one before) has rendered.</summary>
    public async Task GoAsync(string hash)
    {
        await Page.EvaluateAsync("h => { location.hash = h; }", hash);
        await Assertions.Expect(Page.Locator($"main .view[data-route=\"{hash}\"]:not([aria-busy])")).ToHaveCountAsync(1);
    }

    /// <summary>Some view has rendered; after an action that changes the route, only retrying assertions may follow.</summary>
    public Task ReadyAsync() => Assertions.Expect(Page.Locator("main .view:not([aria-busy])")).ToHaveCountAsync(1);

    /// <summary>
    /// The console errors but the browser's own line for an answer with one of these statuses (a
    /// form's expected 400, which Chromium logs as "Failed to load resource").
    /// </summary>
    public IEnumerable<string> ErrorsBut(params int[] statuses) =>
        Errors.Where(e => !statuses.Any(s => e.Contains($"the server responded with a status of {s}")));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
