// A WebAuthn authenticator in software (ES256, attestation "none") for service-level tests: it
// answers the options the server gives the way a browser and a security key would.
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

const sha256 = (data: Uint8Array | string) => new Uint8Array(createHash('sha256').update(data).digest());
const b64url = (data: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(data));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const uint32 = (n: number) => new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

export class SoftwareAuthenticator {
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  readonly credentialId = new Uint8Array(randomBytes(16));
  private counter = 0;

  constructor(private readonly origin: string) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: 'jwk' });
    this.publicJwk = { x: jwk.x ?? '', y: jwk.y ?? '' };
  }

  private authData(rpId: string, flags: number, attested?: Uint8Array): Uint8Array {
    this.counter += 1;
    return concat(sha256(rpId), new Uint8Array([flags]), uint32(this.counter), attested ?? new Uint8Array());
  }

  private clientData(type: string, challenge: string, origin: string): Uint8Array {
    return new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** navigator.credentials.create(), as @simplewebauthn/browser's startRegistration returns it */
  create(options: { challenge: string; rp: { id?: string } }, origin = this.origin) {
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], [3, -7], [-1, 1],
      [-2, isoBase64URL.toBuffer(this.publicJwk.x)], [-3, isoBase64URL.toBuffer(this.publicJwk.y)],
    ]);
    const idLength = new Uint8Array([this.credentialId.length >> 8, this.credentialId.length & 255]);
    const attested = concat(new Uint8Array(16), idLength, this.credentialId, isoCBOR.encode(cose));
    const authData = this.authData(options.rp.id ?? 'localhost', 0x45, attested);
    const attestationObject = isoCBOR.encode(new Map<string, string | Uint8Array | Map<string, string>>([['fmt', 'none'], ['attStmt', new Map<string, string>()], ['authData', authData]]));
    const id = b64url(this.credentialId);
    return {
      id, rawId: id, type: 'public-key' as const, clientExtensionResults: {},
      response: { clientDataJSON: b64url(this.clientData('webauthn.create', options.challenge, origin)), attestationObject: b64url(attestationObject), transports: ['usb' as const] },
    };
  }

  /** navigator.credentials.get(), as startAuthentication returns it */
  get(options: { challenge: string; rpId?: string }, origin = this.origin) {
    const authData = this.authData(options.rpId ?? 'localhost', 0x05);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, origin);
    const signature = new Uint8Array(sign('sha256', concat(authData, sha256(clientDataJSON)), this.privateKey));
    const id = b64url(this.credentialId);
    return {
      id, rawId: id, type: 'public-key' as const, clientExtensionResults: {},
      response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(authData), signature: b64url(signature) },
    };
  }
}
