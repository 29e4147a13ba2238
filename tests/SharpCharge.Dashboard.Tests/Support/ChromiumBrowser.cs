using Microsoft.Playwright;

namespace SharpCharge.Dashboard.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright. Nothing is downloaded: the executable is the system one, and
/// the flags keep it from reaching the network on its own (tests may only talk to loopback).
/// </summary>
internal static class ChromiumBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
}
