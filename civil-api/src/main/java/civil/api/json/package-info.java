/** The one JSON configuration of the server, shared by the HTTP facade and storage. */
package civil.api.json;
