using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using WebApp.Hosting;
using WebApp.Sessions.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.FindPublished(args),
});

builder.Services.AddRazorPages();

// Razor's default encoder writes every non-ASCII character as an entity;
// allowing all ranges keeps pages readable and still encodes markup.
builder.Services.Configure<WebEncoderOptions>(options =>
    options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddServerSessions();

var app = builder.Build();

// One error page in every environment: a store failure must reach the
// browser as a 503 page, and oversized data as a 413, never as a stack trace.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    StatusCodeSelector = SessionErrorStatus.ForException,

    // The session layer logs its own failures, and a client's oversized form
    // needs no Error entry. The middleware's Error entry with a stack trace
    // stays for unexpected exceptions.
    SuppressDiagnosticsCallback = context => SessionErrorStatus.IsExpected(context.Exception),
});
app.UseStatusCodePagesWithReExecute("/Error", "?statusCode={0}");
app.UseFormContentCheck();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>The app's entry point, public so that tests can host it.</summary>
public partial class Program;
