vcl 4.1;

# Varnish in front of Masthead's web nodes, with the xkey module (Debian: varnish-modules). Public pages are kept
# under the tags the origin sends in Surrogate-Key; Masthead purges them by tag (VARNISH_PURGE_URL), softly for a
# publication or a correction, at once for an unpublish or a legal takedown.

import xkey;

backend masthead {
    .host = "${MASTHEAD_HOST}";
    .port = "${MASTHEAD_PORT}";
    .probe = {
        .url = "/api/health";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# Who may purge: the web nodes and workers (loopback and private networks). Everyone else gets 403.
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (req.http.xkey-purge) {
            return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge)));
        }
        if (req.http.xkey-softpurge) {
            return (synth(200, "Soft-purged " + xkey.softpurge(req.http.xkey-softpurge)));
        }
        return (synth(400, "Name the keys in xkey-purge or xkey-softpurge"));
    }
    # The admin, the API, previews and anyone logged in always reach the origin.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api|preview|_masthead)(/|$|\?)" || req.http.Authorization || req.http.Cookie ~ "payload-token") {
        return (pass);
    }
    # Public pages are the same for every reader: no cookie may split or personalise them.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # xkey files the object under the space-separated keys of this header.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    } else {
        # Only pages the origin filed under tags can be purged; the rest are not kept.
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # A copy the origin serves stale while it renders the fresh one says s-maxage=0: not kept here either.
    if (beresp.ttl <= 0s) {
        set beresp.uncacheable = true;
        return (deliver);
    }
    # s-maxage sets the TTL; stale-while-revalidate the grace. Keep stale copies for a day in case the origin is
    # down (stale-if-error): a soft purge leaves them usable as stale; a hard purge removes them.
    set beresp.keep = 1d;
    return (deliver);
}

sub vcl_backend_error {
    # With the origin down, a stale copy kept for this purpose is better than an error page.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Edge = "HIT";
    } else {
        set resp.http.X-Edge = "MISS";
    }
    # The tags are for caches, not for readers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
}
