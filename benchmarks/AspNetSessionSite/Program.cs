// The comparison site for the benchmark: the same three kinds of page as
// WebApp (no session, a session read, a session write), on ASP.NET Core's
// own session middleware over the in-memory distributed cache.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages();
builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession(options => options.IdleTimeout = TimeSpan.FromMinutes(20));

var app = builder.Build();

app.UseSession();
app.MapRazorPages();

app.Run();
