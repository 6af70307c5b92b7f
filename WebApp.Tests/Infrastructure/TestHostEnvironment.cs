using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace WebApp.Tests.Infrastructure;

/// <summary>A host environment whose content root is a test folder.</summary>
internal sealed class TestHostEnvironment(string contentRootPath) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;

    public string ApplicationName { get; set; } = "WebApp.Tests";

    public string ContentRootPath { get; set; } = contentRootPath;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
