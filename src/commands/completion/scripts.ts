// The completion scripts `bmc completion <shell>` prints. Each is a thin adapter: it passes the
// words typed so far to the hidden `bmc __complete <shell> -- <words...>` and offers what that
// prints, so commands and flags added to bmc are completed without regenerating the script.
//
// `__complete` prints one line with the kind of files to offer (canvas, any, none), then one
// line per candidate: the value, a tab, its description (possibly empty).

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# bash completion for bmc (bmc completion bash). Install: bmc completion --help
_bmc() {
  local words=() glue=0 i word
  # bash splits --format=json and REV:path at = and :; join them back, as bmc reads them.
  for ((i = 1; i <= COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    if [[ ($word == "=" || $word == ":") && \${#words[@]} -gt 0 ]]; then
      words[-1]+=$word
      glue=1
    elif ((glue)); then
      words[-1]+=$word
      glue=0
    else
      words+=("$word")
    fi
  done
  local IFS=$'\\n' lines candidate cur=\${COMP_WORDS[COMP_CWORD]}
  lines=($(bmc __complete bash -- "\${words[@]}" 2>/dev/null)) || return 0
  [[ $cur == "=" || $cur == ":" ]] && cur=
  COMPREPLY=()
  for candidate in "\${lines[@]:1}"; do
    candidate=\${candidate%%$'\\t'*}
    # readline replaces only the part after the last = or :
    [[ \${words[-1]} == *[=:]* ]] && candidate=\${candidate##*[=:]}
    COMPREPLY+=("$candidate")
  done
  case \${lines[0]} in
    canvas)
      compopt -o filenames 2>/dev/null
      COMPREPLY+=($(compgen -d -- "$cur") $(compgen -f -X '!*.yaml' -- "$cur") $(compgen -f -X '!*.yml' -- "$cur"))
      ;;
    any)
      compopt -o filenames 2>/dev/null
      COMPREPLY+=($(compgen -f -- "$cur"))
      ;;
  esac
}
complete -F _bmc bmc
`;

const ZSH = `#compdef bmc
# zsh completion for bmc (bmc completion zsh). Install: bmc completion --help
_bmc() {
  local -a lines described
  local line
  lines=("\${(@f)$(bmc __complete zsh -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  for line in "\${(@)lines[2,-1]}"; do
    [[ -n $line ]] && described+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
  done
  (( \${#described} )) && _describe -t values bmc described
  case \${lines[1]} in
    canvas) _files -g '*.(yaml|yml)' ;;
    any) _files ;;
  esac
}
if [[ "\${funcstack[1]}" == _bmc ]]; then
  _bmc "$@"
else
  compdef _bmc bmc
fi
`;

const FISH = `# fish completion for bmc (bmc completion fish). Install: bmc completion --help
function __bmc_complete
    set -l typed (commandline -opc)
    set -l current (commandline -ct)
    set -l lines (bmc __complete fish -- $typed[2..-1] "$current" 2>/dev/null)
    or return
    printf '%s\\n' $lines[2..-1]
    switch "$lines[1]"
        case canvas
            __fish_complete_suffix .yaml
            __fish_complete_suffix .yml
        case any
            __fish_complete_path "$current"
    end
end
complete -c bmc -f -a '(__bmc_complete)'
`;

export const COMPLETION_SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };
