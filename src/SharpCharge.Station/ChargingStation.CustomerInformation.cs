using System.Globalization;
using System.Text;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>
/// 2.x CustomerInformation (N09, N10): what the station holds about a customer's token, and clearing it. The station
/// keeps customer data only in the authorization cache, the local list and running sessions; customer identifiers
/// and customer certificates name nothing it stores.
/// </summary>
public sealed partial class ChargingStation
{
    string IStationControl.CustomerInformation(string? idToken, bool report, bool clear)
    {
        if (idToken is null)
        {
            return "No data found: the station keeps customer data by idToken only.";
        }

        var text = new StringBuilder();
        if (report)
        {
            var (listed, cached) = _authorization.Describe(idToken);
            List<int> evses;
            lock (_gate)
            {
                evses = [.. _evses.Where(e => e.Session is { } s && string.Equals(s.IdToken, idToken, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id)];
            }

            if (listed is null && cached is null && evses.Count == 0)
            {
                // N09.FR.06: one notification saying that nothing was found.
                text.Append(CultureInfo.InvariantCulture, $"No data found for idToken {idToken}.");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"idToken {idToken}:");
                if (listed is { } list)
                {
                    text.Append(CultureInfo.InvariantCulture, $" local list {list.Status};");
                }

                if (cached is { } cache)
                {
                    text.Append(CultureInfo.InvariantCulture, $" cache {cache.StatusAt(_time.GetUtcNow())}{(cache.ExpiresAt is { } until ? " until " + until.ToString("O", CultureInfo.InvariantCulture) : string.Empty)};");
                }

                foreach (var evse in evses)
                {
                    text.Append(CultureInfo.InvariantCulture, $" session on EVSE {evse};");
                }
            }
        }

        if (clear)
        {
            // N10.FR.06: everything but the local list; running sessions keep their token until they end.
            var forgotten = _authorization.Forget(idToken);
            text.Append(text.Length == 0 ? string.Empty : " ").Append(CultureInfo.InvariantCulture, $"Cleared data for idToken {idToken}{(forgotten ? " (cache entry removed)" : string.Empty)}.");
            Raise(Event(StationEventKind.LocalAuthorizationChanged) with { Detail = $"customer {idToken} cleared" });
        }

        return text.ToString();
    }
}
