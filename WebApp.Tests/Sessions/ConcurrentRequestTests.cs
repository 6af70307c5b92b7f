using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions;

/// <summary>Requests of one session that run at once and change different keys.</summary>
public sealed class ConcurrentRequestTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ParallelWrites_DifferentKeysBothKept()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("item-0");
        var cart = await browser.GetAsync("/Cart");

        for (var i = 1; i <= 50; i++)
        {
            // Both requests load the session before either saves it.
            _host.Store.GateReads(2);
            var add = browser.SubmitAsync(cart, "form[action*='handler=Add']", new Dictionary<string, string> { ["item"] = $"item-{i}" });
            var visit = browser.GetAsync("/Visits");
            await Task.WhenAll(add, visit);

            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await add).Status);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await visit).Status);
        }

        var visits = await browser.GetAsync("/Visits");
        Assert.Equal("51", HtmlAssert.Text(visits.Document, "#visit-count"));
        Assert.Equal(Enumerable.Range(0, 51).Select(i => $"item-{i}"), await browser.CartAsync());
    }

    [Fact]
    public async Task SignOutDuringWrite_DoesNotRevive()
    {
        for (var i = 0; i < 20; i++)
        {
            using var browser = _host.CreateBrowser();
            await browser.SignInAsync("alice");
            var cookie = browser.SessionCookie!;
            var logout = await browser.GetAsync("/Logout");

            _host.Store.GateReads(2);
            var signOut = browser.SubmitAsync(logout, "main form");
            var visit = browser.GetAsync("/Visits", $"SESSION_ID={cookie}");
            await Task.WhenAll(signOut, visit);
            var replay = await browser.GetAsync("/Session", $"SESSION_ID={cookie}");

            // The visit either saved before the sign-out or failed with 409;
            // it never carries the ended session's data to a new record.
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await signOut).Status);
            var visited = await visit;
            Assert.Contains(visited.Status, new[] { System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.Conflict });
            if (visited.Status == System.Net.HttpStatusCode.Conflict)
            {
                Assert.Equal("409", HtmlAssert.Text(visited.Document, "#error-status"));
                Assert.Null(visited.SessionSetCookie);
            }

            HtmlAssert.Missing(replay.Document, "#signed-in-as");
            Assert.Null(_host.ReadStoredRecord(cookie));
            Assert.Equal(0, _host.LiteDb.CountInFile());
        }
    }

    [Fact]
    public async Task AddDuringSignOut_CarriesNothingOver()
    {
        for (var i = 0; i < 20; i++)
        {
            using var browser = _host.CreateBrowser();
            await browser.AddToCartAsync($"old-{i}");
            var cookie = browser.SessionCookie!;
            var cart = await browser.GetAsync("/Cart");
            var logout = await browser.GetAsync("/Logout");

            _host.Store.GateReads(2);
            var add = browser.SubmitAsync(cart, "form[action*='handler=Add']", new Dictionary<string, string> { ["item"] = $"new-{i}" });
            var signOut = browser.SubmitAsync(logout, "main form");
            await Task.WhenAll(add, signOut);

            var added = await add;
            Assert.Contains(added.Status, new[] { System.Net.HttpStatusCode.Redirect, System.Net.HttpStatusCode.Conflict });
            Assert.Null(_host.ReadStoredRecord(cookie));
            Assert.Equal(0, _host.LiteDb.CountInFile());
        }
    }

    [Fact]
    public async Task SignOutDuringSignIn_EndsSession()
    {
        for (var i = 0; i < 20; i++)
        {
            using var browser = _host.CreateBrowser();
            await browser.AddToCartAsync($"secret-{i}");
            var login = await browser.GetAsync("/Login");
            var logout = await browser.GetAsync("/Logout");

            // Both load the session; the sign-in moves it to a new ID before
            // the sign-out deletes, the order in which a sign-out used to miss.
            _host.Store.GateReads(2);
            _host.Store.HoldDeleteUntilUpdate();
            var signIn = browser.SubmitAsync(login, "main form", new Dictionary<string, string> { ["username"] = $"user-{i}" });
            var signOut = browser.SubmitAsync(logout, "main form");
            await Task.WhenAll(signIn, signOut);

            var renewed = (await signIn).SessionSetCookie?.Value.ToString();
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await signOut).Status);
            Assert.Equal(0, _host.LiteDb.CountInFile());
            if (!string.IsNullOrEmpty(renewed))
            {
                var replay = await browser.GetAsync("/Cart", $"SESSION_ID={renewed}");
                Assert.Empty(HtmlAssert.Items(replay.Document, "#cart"));
            }
        }
    }
}
