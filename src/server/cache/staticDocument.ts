/**
 * Readers' pages are documents, not applications: nothing on them is interactive, so Next's client runtime (its
 * chunks, the RSC payload it inlines for hydration and the preloads for both, ~140 KB on every page) is taken out
 * of the HTML before a page is kept. Links stay plain links and forms plain GET forms; the page looks the same.
 *
 * Why a pattern and not a parser is safe here: React escapes `<` in every text node and attribute value, and Next
 * escapes it inside the JSON it inlines, so the only `<script` and `<link` sequences in a rendered page are real
 * elements. JSON-LD (`type="application/ld+json"`) is data, not code, and stays.
 */
const CLIENT_SCRIPT = /<script\b(?![^>]*\btype=["']?application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel=["']?(?:preload|modulepreload)\b)(?=[^>]*\bas=["']?script\b)[^>]*>/gi
/**
 * A Suspense boundary that was still pending when the shell was flushed is filled in by a script; without it the
 * page would show the fallback forever. Such a page is kept as rendered.
 */
const PENDING_BOUNDARY = /<!--\$\?-->|<template\s+id=["']?B:/

export type StaticDocument = { html: string; stripped: boolean }

export function withoutClientRuntime(html: string): StaticDocument {
  if (PENDING_BOUNDARY.test(html)) return { html, stripped: false }
  return { html: html.replace(CLIENT_SCRIPT, '').replace(SCRIPT_PRELOAD, ''), stripped: true }
}
