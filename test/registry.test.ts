// The instrument registry (extractors/instruments.json) is data other code trusts: ids, kinds, aliases and
// ETF-index links must be consistent, aliases must resolve to their own entry, and the bare scan must not find
// instruments in ordinary market-news prose.
import { describe, expect, it } from "vitest";
import { InstrumentKind } from "../schemas/record.ts";
import {
  REGISTRY,
  REGISTRY_VERSION,
  largestEtfTracking,
  lookupInstrument,
  normalizeName,
  registryEntry,
  scanRegistryMentions,
} from "../extractors/registry.ts";

describe("registry data", () => {
  it("has a dated version", () => {
    expect(REGISTRY_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it("gives every entry a unique id of the form kind:slug, a known kind and a name", () => {
    const ids = REGISTRY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of REGISTRY) {
      expect(InstrumentKind.safeParse(e.kind).success, e.id).toBe(true);
      expect(e.id.startsWith(`${e.kind}:`), e.id).toBe(true);
      expect(e.id, e.id).toMatch(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(e.name.trim().length, e.id).toBeGreaterThan(0);
    }
  });

  it("lists each entry's name among its aliases, with no empty or padded alias", () => {
    for (const e of REGISTRY) {
      expect(e.aliases.length, e.id).toBeGreaterThan(0);
      expect(e.aliases.map(normalizeName), e.id).toContain(normalizeName(e.name));
      for (const alias of e.aliases) expect(alias, e.id).toBe(alias.trim());
    }
  });

  it("shares no alias between two entries", () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const e of REGISTRY) {
      for (const alias of new Set([e.name, ...e.aliases].map(normalizeName))) {
        const first = owner.get(alias);
        if (first && first !== e.id) shared.push(`${alias}: ${first}, ${e.id}`);
        else owner.set(alias, e.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it("resolves every name and alias to its own entry", () => {
    const wrong = REGISTRY.flatMap((e) =>
      [e.name, ...e.aliases].filter((a) => lookupInstrument(a)?.id !== e.id).map((a) => `${a} → ${lookupInstrument(a)?.id}`),
    );
    expect(wrong).toEqual([]);
  });

  it("gives no two entries the same ticker", () => {
    const tickers = REGISTRY.flatMap((e) => (e.ticker ? [e.ticker] : []));
    const repeated = tickers.filter((t, i) => tickers.indexOf(t) !== i);
    expect(repeated).toEqual([]);
  });

  it("links ETFs and the indices they track both ways", () => {
    for (const e of REGISTRY) {
      if (e.tracks !== undefined) {
        expect(e.kind, e.id).toBe("etf");
        const index = registryEntry(e.tracks);
        expect(index?.kind, `${e.id} tracks ${e.tracks}`).toBe("index");
        expect(index?.etfs ?? [], `${e.tracks} lists ${e.id}`).toContain(e.id);
      }
      for (const etf of e.etfs ?? []) {
        expect(e.kind, e.id).toBe("index");
        expect(registryEntry(etf)?.tracks, `${etf} tracks ${e.id}`).toBe(e.id);
      }
    }
  });

  it("covers every kind users trade in numbers", () => {
    const count = (kind: string) => REGISTRY.filter((e) => e.kind === kind).length;
    expect(count("index")).toBeGreaterThanOrEqual(100);
    expect(count("etf")).toBeGreaterThanOrEqual(80);
    expect(count("stock")).toBeGreaterThanOrEqual(80);
    expect(count("yield")).toBeGreaterThanOrEqual(30);
    expect(count("currency")).toBeGreaterThanOrEqual(35);
    expect(count("commodity")).toBeGreaterThanOrEqual(30);
    expect(count("crypto")).toBeGreaterThanOrEqual(15);
  });
});

describe("registry lookup", () => {
  it.each([
    ["S&P 500 Index", "index:sp-500"],
    ["the Dow", "index:dow-jones-industrial-average"],
    ["Nasdaq-100", "index:nasdaq-100"],
    ["IBEX 35", "index:ibex-35"],
    ["FTSE MIB", "index:ftse-mib"],
    ["AEX index", "index:aex"],
    ["Swiss Market Index", "index:smi"],
    ["OMX Stockholm 30", "index:omx-stockholm-30"],
    ["Kospi", "index:kospi"],
    ["Taiex", "index:taiex"],
    ["Straits Times Index", "index:straits-times"],
    ["Jakarta Composite Index", "index:jakarta-composite"],
    ["Bank Nifty", "index:nifty-bank"],
    ["BSE Sensex", "index:sensex"],
    ["S&P/ASX 200", "index:sp-asx-200"],
    ["Hang Seng Tech Index", "index:hang-seng-tech"],
    ["Hang Seng China Enterprises Index", "index:hang-seng-china-enterprises"],
    ["CSI300", "index:csi-300"],
    ["Shenzhen Component Index", "index:shenzhen-component"],
    ["S&P/TSX composite index", "index:sp-tsx-composite"],
    ["Bovespa", "index:ibovespa"],
    ["S&P/BMV IPC", "index:sp-bmv-ipc"],
    ["MSCI All-Country World Index", "index:msci-acwi"],
    ["Bloomberg Dollar Spot Index", "index:bloomberg-dollar-spot"],
    ["DXY", "index:dxy"],
    ["VStoxx", "index:vstoxx"],
    ["Cboe Volatility Index", "index:vix"],
    ["S&P 500 energy index", "index:sp-500-energy"],
    ["SPDR S&P 500 ETF Trust", "etf:spy"],
    ["iShares Core S&P Small-Cap ETF", "etf:ijr"],
    ["Health Care Select Sector SPDR Fund", "etf:xlv"],
    ["iShares Ethereum Trust", "etf:etha"],
    ["Direxion Daily Semiconductor Bull 3X Shares", "etf:soxl"],
    ["Nvidia Corp.", "stock:nvda"],
    ["LVMH", "stock:lvmh"],
    ["ASML", "stock:asml"],
    ["Nestlé", "stock:nestle"],
    ["TSMC", "stock:tsmc"],
    ["Samsung Electronics", "stock:samsung-electronics"],
    ["Toyota", "stock:toyota"],
    ["Shell Plc", "stock:shell-plc"],
    ["two-year Treasury yields", "yield:us-2y"],
    ["the yield on 10-year Treasuries", "yield:us-10y"],
    ["three-month Treasury bill yield", "yield:us-3m"],
    ["Germany’s 10-year yield", "yield:de-10y"],
    ["Japan's 40-year yield", "yield:jp-40y"],
    ["bund yields", "yield:de-10y"],
    ["gilt yields", "yield:gb-10y"],
    ["Spain's 10-year yield", "yield:es-10y"],
    ["offshore yuan", "currency:cny"],
    ["South Korean won", "currency:krw"],
    ["Taiwan dollar", "currency:twd"],
    ["Norwegian krone", "currency:nok"],
    ["Polish zloty", "currency:pln"],
    ["Indonesian rupiah", "currency:idr"],
    ["Henry Hub natural gas", "commodity:natural-gas"],
    ["Dutch TTF", "commodity:ttf"],
    ["LME aluminium", "commodity:aluminum"],
    ["iron ore", "commodity:iron-ore"],
    ["hard red winter wheat", "commodity:kc-wheat"],
    ["Ethereum", "crypto:eth"],
    ["Dogecoin", "crypto:doge"],
  ])("%s → %s", (alias, id) => {
    expect(lookupInstrument(alias)?.id).toBe(id);
  });

  it("knows the largest ETF on an index", () => {
    expect(largestEtfTracking("index:sp-500")?.ticker).toBe("SPY");
    expect(largestEtfTracking("index:nasdaq-100")?.ticker).toBe("QQQ");
    expect(largestEtfTracking("index:sp-smallcap-600")?.ticker).toBe("IJR");
  });

  it("does not know look-alikes that are not the listed instrument", () => {
    for (const name of ["Shell", "Visa", "Target", "Oracle", "Ford", "Siemens", "Merck", "won", "peso", "lead", "Avalanche", "Stellar"]) {
      expect(lookupInstrument(name), name).toBeUndefined();
    }
  });
});

describe("registry scan", () => {
  it("finds names with their offsets, the longest name at each place", () => {
    const text = "The Hang Seng Tech Index rose while Samsung Electronics and the S&P/ASX 200 fell.";
    const found = scanRegistryMentions(text, 100).map((m) => [m.text, m.entry.id, m.start - 100]);
    expect(found).toEqual([
      ["Hang Seng Tech Index", "index:hang-seng-tech", 4],
      ["Samsung Electronics", "stock:samsung-electronics", 36],
      ["S&P/ASX 200", "index:sp-asx-200", 64],
    ]);
  });

  // Ordinary market-news prose with capitalised words, numbers and names that look like instruments but are not.
  const ORDINARY = [
    "Shares of the retailer slipped after it cut its annual sales forecast for the second time.",
    "The central bank left its benchmark rate unchanged and signalled it was in no hurry to ease.",
    "Target prices were raised by two brokers on Monday after the results beat estimates.",
    "Visa applications from skilled workers rose sharply in the last quarter, the ministry said.",
    "Shell companies were used to move the funds offshore, prosecutors told the court.",
    "The Oracle of Omaha has been sitting on a record pile of cash for months.",
    "The Ford Foundation announced a new round of grants for rural schools.",
    "Avalanche warnings closed several ski resorts, hurting bookings at travel companies.",
    "Stellar results from the chipmaker lifted the whole sector in late trading.",
    "Lead times for industrial equipment lengthened again in January.",
    "Polish lawmakers approved the budget after a late-night session.",
    "The firm signed a 10-year lease for its new headquarters near the river.",
    "Real estate developers rallied after the government eased mortgage rules.",
    "The team won its appeal, and the club's owners said they would keep the manager.",
    "Merchants reported strong holiday spending, though margins were squeezed by discounts.",
    "Analysts at the brokerage raised their year-end target and now see further gains.",
    "Dutch officials said they would review the rules on share buybacks next year.",
    "The Swiss regulator fined the lender over lapses in its anti-money-laundering controls.",
    "Bond traders pared bets on rate cuts after the jobs report surprised to the upside.",
    "Crude inventories rose for a third week, according to an industry group.",
    "The company expects revenue of between $4.1 billion and $4.3 billion in the current quarter.",
    "Korea's exports rose for a sixth month as chip shipments climbed.",
    "Retail investors piled into options on meme stocks, exchange data show.",
    "The Treasury Department will auction more short-dated bills next month.",
  ];
  it.each(ORDINARY)("finds nothing in: %s", (sentence) => {
    expect(scanRegistryMentions(sentence).map((m) => m.text)).toEqual([]);
  });
});
