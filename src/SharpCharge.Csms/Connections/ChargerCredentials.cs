using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// What a charger's handshake offers to prove who it is: the Basic <c>Authorization</c> header (profiles 1 and 2),
/// whether it came over TLS (profiles 2 and 3), its TLS client certificate (profile 3), and the source address the
/// lock-outs count by.
/// </summary>
internal sealed record ChargerCredentials(string? Authorization, bool Tls, X509Certificate2? ClientCertificate, IPAddress? RemoteAddress);
