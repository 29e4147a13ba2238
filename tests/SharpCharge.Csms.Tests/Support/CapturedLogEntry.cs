using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Tests.Support;

internal sealed record CapturedLogEntry(LogLevel Level, int EventId, string Category, string Message, Exception? Exception);
