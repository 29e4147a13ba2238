using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Station.Model;

namespace SharpCharge.Station.SmartCharging;

/// <summary>
/// The charging profiles a station holds, with the spec's rules for installing, replacing and clearing them
/// (1.6 §3.13, §5.16; 2.0.1 K01, K10). Not thread-safe: the station's lock guards it. A TxProfile lives as long as
/// its session: once the session has ended it is gone (1.6 §3.13.1), dropped the next time the list is read.
/// </summary>
internal sealed class InstalledProfiles
{
    private readonly List<InstalledProfile> _profiles = [];

    public IReadOnlyList<InstalledProfile> All
    {
        get
        {
            DropEndedTransactions();
            return _profiles;
        }
    }

    /// <summary>Checks and installs <paramref name="profile"/> on <paramref name="evseId"/> (0 = the station); <paramref name="session"/> is the EVSE's running session.</summary>
    public ProfileDecision Install(int evseId, ChargingProfile profile, Session? session, ProfileRules rules)
    {
        if (ChargingProfileCheck.Problem(profile, rules.StartScheduleRules) is { } problem)
        {
            return ProfileDecision.No(problem.ReasonCode, problem.Detail);
        }

        switch (profile.Purpose)
        {
            case ChargingProfilePurpose.ChargingStationMaxProfile when evseId != 0:
                return ProfileDecision.No(ChargingProfileCheck.InvalidProfile, "A station max profile is installed on EVSE 0 only (1.6 §3.13.1).");
            case ChargingProfilePurpose.ChargingStationExternalConstraints:
                return ProfileDecision.No(ChargingProfileCheck.InvalidProfile, "Only an external system sets ChargingStationExternalConstraints (K01.FR.22).");
            case ChargingProfilePurpose.TxProfile:
                if (TxProfileProblem(evseId, profile, session, rules) is { } refused)
                {
                    return ProfileDecision.No("TxNotFound", refused);
                }

                break;
            case ChargingProfilePurpose.TxDefaultProfile when rules.CrossEvseDuplicatesRejected
                && All.Any(p => p.Profile.Purpose == ChargingProfilePurpose.TxDefaultProfile && p.Profile.StackLevel == profile.StackLevel
                    && p.Profile.Id != profile.Id && (evseId == 0) != (p.EvseId == 0)):
                return ProfileDecision.No("DuplicateProfile", "This TxDefaultProfile stack level is already used on EVSE 0 or a specific EVSE (K01.FR.52/53).");
        }

        Add(new InstalledProfile(evseId, profile, profile.Purpose == ChargingProfilePurpose.TxProfile ? session : null));
        return ProfileDecision.Yes;
    }

    /// <summary>Installs the TxProfile a remote start carried (1.6 §5.16.2, K05.FR.03) for the session it started.</summary>
    public void InstallForSession(Session session, ChargingProfile profile) => Add(new InstalledProfile(session.EvseId, profile, session));

    /// <summary>
    /// Clears by id, or else every profile matching all given criteria (none: all). ExternalConstraints are never
    /// cleared (K10.FR.04, K10.FR.09). True when something was cleared; false answers Unknown (K10.FR.01).
    /// </summary>
    public bool Clear(int? id, int? evseId, ChargingProfilePurpose? purpose, int? stackLevel)
    {
        DropEndedTransactions();
        var cleared = id is { } only
            ? _profiles.RemoveAll(p => p.Profile.Id == only && p.Profile.Purpose != ChargingProfilePurpose.ChargingStationExternalConstraints)
            : _profiles.RemoveAll(p => p.Profile.Purpose != ChargingProfilePurpose.ChargingStationExternalConstraints
                && (evseId is null || p.EvseId == evseId)
                && (purpose is null || p.Profile.Purpose == purpose)
                && (stackLevel is null || p.Profile.StackLevel == stackLevel));
        return cleared > 0;
    }

    /// <summary>
    /// The profiles that apply to an EVSE right now: those on EVSE 0 and those on the EVSE, where a TxProfile
    /// counts only while its own session runs.
    /// </summary>
    public (List<ChargingProfile> Station, List<ChargingProfile> Evse) For(Evse evse)
    {
        var station = new List<ChargingProfile>();
        var own = new List<ChargingProfile>();
        foreach (var installed in All)
        {
            if (installed.EvseId == 0)
            {
                station.Add(installed.Profile);
            }
            else if (installed.EvseId == evse.Id && (installed.Session is null || ReferenceEquals(installed.Session, evse.Session)))
            {
                own.Add(installed.Profile);
            }
        }

        return (station, own);
    }

    private void DropEndedTransactions() => _profiles.RemoveAll(static p => p.Session is { Ended: true });

    private static string? TxProfileProblem(int evseId, ChargingProfile profile, Session? session, ProfileRules rules)
    {
        if (evseId == 0)
        {
            return "A TxProfile is installed on an EVSE, not on EVSE 0 (K01.FR.16).";
        }

        if (session is null)
        {
            return "No transaction runs on this EVSE (1.6 §3.13.1, K01.FR.09).";
        }

        if (profile.TransactionId is null)
        {
            return rules.TransactionIdRequired ? "A TxProfile names its transactionId (K01.FR.03)." : null;
        }

        // 1.6 names the central system's number, 2.x the station's own id.
        return profile.TransactionId == session.LocalId || profile.TransactionId == session.DisplayId
            ? null
            : "The transactionId is not the transaction running on this EVSE (K01.FR.33).";
    }

    /// <summary>A profile with the same id, or the same purpose and stack level in the same place, is replaced (1.6 §5.16.3, K01.FR.05).</summary>
    private void Add(InstalledProfile installed)
    {
        var profile = installed.Profile;
        _profiles.RemoveAll(p => p.Profile.Id == profile.Id
            || (p.Profile.Purpose == profile.Purpose && p.Profile.StackLevel == profile.StackLevel && p.EvseId == installed.EvseId
                && (profile.Purpose != ChargingProfilePurpose.TxProfile || ReferenceEquals(p.Session, installed.Session))));
        _profiles.Add(installed);
    }
}
