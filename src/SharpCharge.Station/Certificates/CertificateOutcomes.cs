namespace SharpCharge.Station.Certificates;

/// <summary>InstallCertificate answers, the same in 1.6 (security extension) and 2.x (M05).</summary>
internal enum InstallOutcome
{
    Accepted,
    Rejected,
    Failed,
}

/// <summary>DeleteCertificate answers, the same in 1.6 and 2.x (M04).</summary>
internal enum DeleteOutcome
{
    Accepted,
    Failed,
    NotFound,
}
