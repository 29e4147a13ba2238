namespace SharpCharge.Station.Protocol;

/// <summary>The version-neutral BootNotification answer: the registration and the interval that goes with it.</summary>
internal readonly record struct BootAnswer(RegistrationState Registration, TimeSpan Interval, DateTimeOffset CurrentTime);
