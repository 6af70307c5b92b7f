using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Pages;

public sealed class VisitsPageTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Visits_CountsEachVisit()
    {
        using var browser = _host.CreateBrowser();

        var counts = new List<string>();
        for (var i = 0; i < 3; i++)
            counts.Add(HtmlAssert.Text((await browser.GetAsync("/Visits")).Document, "#visit-count"));

        Assert.Equal(["1", "2", "3"], counts);
    }

    [Fact]
    public async Task Visits_CountedPerSession()
    {
        using var alice = _host.CreateBrowser();
        using var bob = _host.CreateBrowser();
        await alice.GetAsync("/Visits");
        await alice.GetAsync("/Visits");

        var page = await bob.GetAsync("/Visits");

        Assert.Equal("1", HtmlAssert.Text(page.Document, "#visit-count"));
    }
}
