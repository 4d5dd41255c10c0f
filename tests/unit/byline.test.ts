import { describe, expect, it } from 'vitest'

import { bylineNames, bylineOf } from '../../src/domain/publishing/byline'

const wen = { id: 1, name: 'Wen Writer', title: 'Science correspondent' }
const li = { id: 2, name: 'Li Editor', title: null }

describe('one byline rule', () => {
  it('prints the free-text byline alone when the desk wrote one', () => {
    expect(bylineOf([wen], 'By Wen Writer, Science correspondent')).toEqual({
      kind: 'text',
      text: 'By Wen Writer, Science correspondent',
    })
    expect(bylineNames([wen, li], ' The editorial department ')).toEqual(['The editorial department'])
  })
  it('otherwise the authors, in order, and nothing for neither', () => {
    expect(bylineOf([wen, li], '  ')).toEqual({ kind: 'authors', authors: [wen, li] })
    expect(bylineNames([wen, li], null)).toEqual(['Wen Writer', 'Li Editor'])
    expect(bylineOf([], undefined)).toEqual({ kind: 'none' })
    expect(bylineNames([{ name: '' }], null)).toEqual([])
  })
})
