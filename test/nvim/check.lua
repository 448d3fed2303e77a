-- Headless Neovim as a second, independent LSP client of the Cablewright language server.
-- Started by run.mjs as `nvim --headless -u NONE -i NONE -n -c 'luafile check.lua' FILE`,
-- with CABLEWRIGHT_SERVER naming dist/server.js. Works with Neovim 0.7 (vim.lsp.start_client
-- and buf_attach_client; 0.8+ also has vim.lsp.start). Prints one `PASS name` or
-- `FAIL name: why` line per check on stdout, then quits (exit status 1 on any failure).

local results = {}
local function report(ok, name, why)
  table.insert(results, ok and ('PASS ' .. name) or ('FAIL ' .. name .. ': ' .. tostring(why)))
end

local function finish()
  local failed = false
  for _, line in ipairs(results) do
    io.stdout:write(line .. '\n')
    if line:sub(1, 4) == 'FAIL' then failed = true end
  end
  io.stdout:flush()
  if failed then vim.cmd('cquit! 1') else vim.cmd('qall!') end
end

local ok, err = pcall(function()
  local server = os.getenv('CABLEWRIGHT_SERVER')
  assert(server and server ~= '', 'CABLEWRIGHT_SERVER is not set')
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'cable'
  local file = vim.api.nvim_buf_get_name(bufnr)

  local published = nil
  local client_id = vim.lsp.start_client({
    name = 'cablewright',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result and result.uri == vim.uri_from_bufnr(bufnr) then published = result end
      end,
    },
  })
  report(client_id ~= nil, 'the server starts', 'start_client returned nil')
  if not client_id then return end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local initialized = vim.wait(15000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20)
  report(initialized, 'the server initializes', 'no initialize response within 15 s')
  if not initialized then return end

  local client = vim.lsp.get_client_by_id(client_id)
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  report(caps.documentSymbolProvider ~= nil or caps.document_symbol == true, 'the server offers document symbols', vim.inspect(caps))

  -- Diagnostics: pushed on open (Neovim 0.7 does not pull).
  local got = vim.wait(10000, function() return published ~= nil end, 20)
  report(got, 'diagnostics are published for the cable', 'none within 10 s')
  if got then
    local sequence = {}
    for _, d in ipairs(published.diagnostics) do
      if d.code == 'paragraph-sequence' then table.insert(sequence, (d.range.start.line + 1) .. ': ' .. d.message) end
    end
    local expected = { '31: Expected paragraph 3; found 4, and the paragraph after it is numbered on from it: 4 and 5 should be 3 and 4.' }
    report(vim.deep_equal(sequence, expected), 'one paragraph-sequence problem on line 31 (5 is numbered on from 4)', vim.inspect(sequence))
    local docs = nil
    for _, d in ipairs(published.diagnostics) do
      if d.code == 'paragraph-sequence' and d.codeDescription then docs = d.codeDescription.href end
    end
    report(docs ~= nil and docs:match('docs/rules/paragraph%-sequence%.md$') ~= nil, 'diagnostics link to the rule page', tostring(docs))
  end

  -- Document symbols: the outline.
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, 10000) or {}
  local symbols = responses[client_id] and responses[client_id].result or nil
  local names = {}
  for _, s in ipairs(symbols or {}) do table.insert(names, s.name) end
  local expected_names = { 'Header', 'Classification', 'Captions', 'E.O. 12958', 'TAGS', 'Subject', 'References', 'Body', 'Signature' }
  report(vim.deep_equal(names, expected_names), 'document symbols outline the cable', vim.inspect(names))
  local body = nil
  for _, s in ipairs(symbols or {}) do if s.name == 'Body' then body = s end end
  report(body ~= nil and #body.children == 4 and body.children[1].name:match('^1%. %(U%) This is an action request') ~= nil, 'the body lists its paragraphs', body and vim.inspect(body.children[1].name))

  -- Hover on a tag.
  local line = nil
  for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if text:match('^TAGS:') then line = i - 1 end
  end
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = params.textDocument, position = { line = line or 0, character = 7 } }, 10000) or {}
  local contents = hover[client_id] and hover[client_id].result and hover[client_id].result.contents or {}
  report(type(contents.value) == 'string' and contents.value:match('PREL') ~= nil, 'hover explains a tag', vim.inspect(contents))

  -- Quick fixes for a diagnostic, then Format Document (the safe fixes) applied by Neovim itself:
  -- the `¶` before paragraph 2 is two bytes in the buffer and one UTF-16 unit on the wire.
  local sequence_diagnostic = nil
  for _, d in ipairs(published and published.diagnostics or {}) do
    if d.code == 'paragraph-sequence' and not sequence_diagnostic then sequence_diagnostic = d end
  end
  if sequence_diagnostic then
    local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = params.textDocument,
      range = sequence_diagnostic.range,
      context = { diagnostics = { sequence_diagnostic } },
    }, 10000) or {}
    local titles = {}
    for _, a in ipairs(actions[client_id] and actions[client_id].result or {}) do table.insert(titles, a.title) end
    report(titles[1] == 'Fix this paragraph-sequence problem', 'code actions offer the fix first', vim.inspect(titles))
  end
  local formatting = vim.lsp.buf_request_sync(bufnr, 'textDocument/formatting', { textDocument = params.textDocument, options = { tabSize = 2, insertSpaces = true } }, 10000) or {}
  local edits = formatting[client_id] and formatting[client_id].result or nil
  if edits then vim.lsp.util.apply_text_edits(edits, bufnr, 'utf-16') end
  local formatted = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  report(edits ~= nil and formatted:find('\n2%. %(SBU%) Summary') ~= nil and formatted:find('\n3%. %(SBU%) Action') ~= nil and formatted:find('see para 3%.') ~= nil and formatted:find('¶', 1, true) == nil,
    'formatting applies the safe fixes', vim.inspect(edits))

  -- The server ends when the client stops it.
  vim.lsp.stop_client(client_id)
  local stopped = vim.wait(10000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
  report(stopped, 'the server stops with the client', 'still running after 10 s')
end)

if not ok then report(false, 'the check script runs', err) end
finish()
