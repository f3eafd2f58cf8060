// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// VesselSharesMetaData contains all meta data concerning the VesselShares contract.
var VesselSharesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"imo_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"issuer_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"imo\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "VesselShares",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610e5b380380610e5b83398101604081905261002e916101c0565b808686600361003d8382610314565b50600461004a8282610314565b5050506001600160a01b03811661007a57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610083816100af565b5060ff841660805260066100978482610314565b50506001600160a01b031660a052506103d292505050565b600580546001600160a01b03838116610100818102610100600160a81b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261012b575f5ffd5b81516001600160401b0381111561014457610144610108565b604051601f8201601f19908116603f011681016001600160401b038111828210171561017257610172610108565b604052818152838201602001851015610189575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b03811681146101bb575f5ffd5b919050565b5f5f5f5f5f5f60c087890312156101d5575f5ffd5b86516001600160401b038111156101ea575f5ffd5b6101f689828a0161011c565b602089015190975090506001600160401b03811115610213575f5ffd5b61021f89828a0161011c565b955050604087015160ff81168114610235575f5ffd5b60608801519094506001600160401b03811115610250575f5ffd5b61025c89828a0161011c565b93505061026b608088016101a5565b915061027960a088016101a5565b90509295509295509295565b600181811c9082168061029957607f821691505b6020821081036102b757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561030f578282111561030f57805f5260205f20601f840160051c60208510156102e857505f5b90810190601f840160051c035f5b8181101561030b575f838201556001016102f6565b5050505b505050565b81516001600160401b0381111561032d5761032d610108565b6103418161033b8454610285565b846102bd565b6020601f821160018114610373575f831561035c5750848201515b5f19600385901b1c1916600184901b1784556103cb565b5f84815260208120601f198516915b828110156103a25787850151825560209485019460019092019101610382565b50848210156103bf57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a051610a686103f35f395f61016a01525f6101bc0152610a685ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806370a082311161009e57806395d89b411161006e57806395d89b411461025c578063a9059cbb14610264578063af6d7ce414610277578063dd62ed3e1461027f578063f2fde38b146102b7575f5ffd5b806370a082311461020e578063715018a6146102365780638456cb591461023e5780638da5cb5b14610246575f5ffd5b806323b872dd116100e457806323b872dd146101a2578063313ce567146101b55780633f4ba83a146101e657806340c10f19146101f05780635c975abb14610203575f5ffd5b806306fdde0314610115578063095ea7b31461013357806318160ddd146101565780631d14384814610168575b5f5ffd5b61011d6102ca565b60405161012a91906108d8565b60405180910390f35b610146610141366004610928565b61035a565b604051901515815260200161012a565b6002545b60405190815260200161012a565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161012a565b6101466101b0366004610950565b610373565b60405160ff7f000000000000000000000000000000000000000000000000000000000000000016815260200161012a565b6101ee610396565b005b6101ee6101fe366004610928565b6103a8565b60055460ff16610146565b61015a61021c36600461098a565b6001600160a01b03165f9081526020819052604090205490565b6101ee6103be565b6101ee6103cf565b60055461010090046001600160a01b031661018a565b61011d6103df565b610146610272366004610928565b6103ee565b61011d6103fb565b61015a61028d3660046109aa565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101ee6102c536600461098a565b61040a565b6060600380546102d9906109db565b80601f0160208091040260200160405190810160405280929190818152602001828054610305906109db565b80156103505780601f1061032757610100808354040283529160200191610350565b820191905f5260205f20905b81548152906001019060200180831161033357829003601f168201915b5050505050905090565b5f3361036781858561044c565b60019150505b92915050565b5f3361038085828561045e565b61038b8585856104da565b506001949350505050565b61039e610537565b6103a661056a565b565b6103b0610537565b6103ba82826105bc565b5050565b6103c6610537565b6103a65f6105f0565b6103d7610537565b6103a6610649565b6060600480546102d9906109db565b5f336103678185856104da565b6060600680546102d9906109db565b610412610537565b6001600160a01b03811661044057604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610449816105f0565b50565b6104598383836001610686565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104d457818110156104c657604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610437565b6104d484848484035f610686565b50505050565b6001600160a01b03831661050357604051634b637e8f60e11b81525f6004820152602401610437565b6001600160a01b03821661052c5760405163ec442f0560e01b81525f6004820152602401610437565b610459838383610758565b6005546001600160a01b036101009091041633146103a65760405163118cdaa760e01b8152336004820152602401610437565b61057261076b565b6005805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b0382166105e55760405163ec442f0560e01b81525f6004820152602401610437565b6103ba5f8383610758565b600580546001600160a01b03838116610100818102610100600160a81b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b61065161078e565b6005805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861059f3390565b6001600160a01b0384166106af5760405163e602df0560e01b81525f6004820152602401610437565b6001600160a01b0383166106d857604051634a1406b160e11b81525f6004820152602401610437565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104d457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161074a91815260200190565b60405180910390a350505050565b61076061078e565b6104598383836107b2565b60055460ff166103a657604051638dfc202b60e01b815260040160405180910390fd5b60055460ff16156103a65760405163d93c066560e01b815260040160405180910390fd5b6001600160a01b0383166107dc578060025f8282546107d19190610a13565b9091555061084c9050565b6001600160a01b0383165f908152602081905260409020548181101561082e5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610437565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661086857600280548290039055610886565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516108cb91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610923575f5ffd5b919050565b5f5f60408385031215610939575f5ffd5b6109428361090d565b946020939093013593505050565b5f5f5f60608486031215610962575f5ffd5b61096b8461090d565b92506109796020850161090d565b929592945050506040919091013590565b5f6020828403121561099a575f5ffd5b6109a38261090d565b9392505050565b5f5f604083850312156109bb575f5ffd5b6109c48361090d565b91506109d26020840161090d565b90509250929050565b600181811c908216806109ef57607f821691505b602082108103610a0d57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561036d57634e487b7160e01b5f52601160045260245ffdfea26469706673582212202dc07a3c8a482183ae799b7b875db80e61639aac31f660140bf288ed467a789a64736f6c63430008250033",
}

// VesselShares is an auto generated Go binding around an Ethereum contract.
type VesselShares struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VesselShares) GetABI() abi.ABI {
	return c.abi
}

// NewVesselShares creates a new instance of VesselShares.
func NewVesselShares() *VesselShares {
	parsed, err := VesselSharesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VesselShares{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VesselShares) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_, string imo_, address issuer_, address initialOwner) returns()
func (vesselShares *VesselShares) PackConstructor(name_ string, symbol_ string, decimals_ uint8, imo_ string, issuer_ common.Address, initialOwner common.Address) []byte {
	enc, err := vesselShares.abi.Pack("", name_, symbol_, decimals_, imo_, issuer_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (vesselShares *VesselShares) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := vesselShares.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (vesselShares *VesselShares) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return vesselShares.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (vesselShares *VesselShares) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := vesselShares.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (vesselShares *VesselShares) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := vesselShares.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (vesselShares *VesselShares) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return vesselShares.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (vesselShares *VesselShares) UnpackApprove(data []byte) (bool, error) {
	out, err := vesselShares.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (vesselShares *VesselShares) PackBalanceOf(account common.Address) []byte {
	enc, err := vesselShares.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (vesselShares *VesselShares) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return vesselShares.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (vesselShares *VesselShares) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := vesselShares.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (vesselShares *VesselShares) PackDecimals() []byte {
	enc, err := vesselShares.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (vesselShares *VesselShares) TryPackDecimals() ([]byte, error) {
	return vesselShares.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (vesselShares *VesselShares) UnpackDecimals(data []byte) (uint8, error) {
	out, err := vesselShares.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackImo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6d7ce4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function imo() view returns(string)
func (vesselShares *VesselShares) PackImo() []byte {
	enc, err := vesselShares.abi.Pack("imo")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6d7ce4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function imo() view returns(string)
func (vesselShares *VesselShares) TryPackImo() ([]byte, error) {
	return vesselShares.abi.Pack("imo")
}

// UnpackImo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf6d7ce4.
//
// Solidity: function imo() view returns(string)
func (vesselShares *VesselShares) UnpackImo(data []byte) (string, error) {
	out, err := vesselShares.abi.Unpack("imo", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d143848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuer() view returns(address)
func (vesselShares *VesselShares) PackIssuer() []byte {
	enc, err := vesselShares.abi.Pack("issuer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d143848.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issuer() view returns(address)
func (vesselShares *VesselShares) TryPackIssuer() ([]byte, error) {
	return vesselShares.abi.Pack("issuer")
}

// UnpackIssuer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d143848.
//
// Solidity: function issuer() view returns(address)
func (vesselShares *VesselShares) UnpackIssuer(data []byte) (common.Address, error) {
	out, err := vesselShares.abi.Unpack("issuer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (vesselShares *VesselShares) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := vesselShares.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (vesselShares *VesselShares) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return vesselShares.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (vesselShares *VesselShares) PackName() []byte {
	enc, err := vesselShares.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (vesselShares *VesselShares) TryPackName() ([]byte, error) {
	return vesselShares.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (vesselShares *VesselShares) UnpackName(data []byte) (string, error) {
	out, err := vesselShares.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (vesselShares *VesselShares) PackOwner() []byte {
	enc, err := vesselShares.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (vesselShares *VesselShares) TryPackOwner() ([]byte, error) {
	return vesselShares.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (vesselShares *VesselShares) UnpackOwner(data []byte) (common.Address, error) {
	out, err := vesselShares.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (vesselShares *VesselShares) PackPause() []byte {
	enc, err := vesselShares.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (vesselShares *VesselShares) TryPackPause() ([]byte, error) {
	return vesselShares.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (vesselShares *VesselShares) PackPaused() []byte {
	enc, err := vesselShares.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (vesselShares *VesselShares) TryPackPaused() ([]byte, error) {
	return vesselShares.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (vesselShares *VesselShares) UnpackPaused(data []byte) (bool, error) {
	out, err := vesselShares.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (vesselShares *VesselShares) PackRenounceOwnership() []byte {
	enc, err := vesselShares.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (vesselShares *VesselShares) TryPackRenounceOwnership() ([]byte, error) {
	return vesselShares.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (vesselShares *VesselShares) PackSymbol() []byte {
	enc, err := vesselShares.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (vesselShares *VesselShares) TryPackSymbol() ([]byte, error) {
	return vesselShares.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (vesselShares *VesselShares) UnpackSymbol(data []byte) (string, error) {
	out, err := vesselShares.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (vesselShares *VesselShares) PackTotalSupply() []byte {
	enc, err := vesselShares.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (vesselShares *VesselShares) TryPackTotalSupply() ([]byte, error) {
	return vesselShares.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (vesselShares *VesselShares) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := vesselShares.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (vesselShares *VesselShares) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := vesselShares.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (vesselShares *VesselShares) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return vesselShares.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (vesselShares *VesselShares) UnpackTransfer(data []byte) (bool, error) {
	out, err := vesselShares.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (vesselShares *VesselShares) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := vesselShares.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (vesselShares *VesselShares) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return vesselShares.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (vesselShares *VesselShares) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := vesselShares.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (vesselShares *VesselShares) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := vesselShares.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (vesselShares *VesselShares) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return vesselShares.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (vesselShares *VesselShares) PackUnpause() []byte {
	enc, err := vesselShares.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (vesselShares *VesselShares) TryPackUnpause() ([]byte, error) {
	return vesselShares.abi.Pack("unpause")
}

// VesselSharesApproval represents a Approval event raised by the VesselShares contract.
type VesselSharesApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VesselSharesApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (VesselSharesApproval) ContractEventName() string {
	return VesselSharesApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (vesselShares *VesselShares) UnpackApprovalEvent(log *types.Log) (*VesselSharesApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselSharesApproval)
	if len(log.Data) > 0 {
		if err := vesselShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselSharesOwnershipTransferred represents a OwnershipTransferred event raised by the VesselShares contract.
type VesselSharesOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const VesselSharesOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (VesselSharesOwnershipTransferred) ContractEventName() string {
	return VesselSharesOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (vesselShares *VesselShares) UnpackOwnershipTransferredEvent(log *types.Log) (*VesselSharesOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselSharesOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := vesselShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselSharesPaused represents a Paused event raised by the VesselShares contract.
type VesselSharesPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VesselSharesPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (VesselSharesPaused) ContractEventName() string {
	return VesselSharesPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (vesselShares *VesselShares) UnpackPausedEvent(log *types.Log) (*VesselSharesPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselSharesPaused)
	if len(log.Data) > 0 {
		if err := vesselShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselSharesTransfer represents a Transfer event raised by the VesselShares contract.
type VesselSharesTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const VesselSharesTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (VesselSharesTransfer) ContractEventName() string {
	return VesselSharesTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (vesselShares *VesselShares) UnpackTransferEvent(log *types.Log) (*VesselSharesTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselSharesTransfer)
	if len(log.Data) > 0 {
		if err := vesselShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselSharesUnpaused represents a Unpaused event raised by the VesselShares contract.
type VesselSharesUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VesselSharesUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (VesselSharesUnpaused) ContractEventName() string {
	return VesselSharesUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (vesselShares *VesselShares) UnpackUnpausedEvent(log *types.Log) (*VesselSharesUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselSharesUnpaused)
	if len(log.Data) > 0 {
		if err := vesselShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (vesselShares *VesselShares) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return vesselShares.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return vesselShares.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return vesselShares.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return vesselShares.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return vesselShares.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return vesselShares.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return vesselShares.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return vesselShares.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return vesselShares.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselShares.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vesselShares.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VesselSharesERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the VesselShares contract.
type VesselSharesERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func VesselSharesERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (vesselShares *VesselShares) UnpackERC20InsufficientAllowanceError(raw []byte) (*VesselSharesERC20InsufficientAllowance, error) {
	out := new(VesselSharesERC20InsufficientAllowance)
	if err := vesselShares.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the VesselShares contract.
type VesselSharesERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func VesselSharesERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (vesselShares *VesselShares) UnpackERC20InsufficientBalanceError(raw []byte) (*VesselSharesERC20InsufficientBalance, error) {
	out := new(VesselSharesERC20InsufficientBalance)
	if err := vesselShares.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesERC20InvalidApprover represents a ERC20InvalidApprover error raised by the VesselShares contract.
type VesselSharesERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func VesselSharesERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (vesselShares *VesselShares) UnpackERC20InvalidApproverError(raw []byte) (*VesselSharesERC20InvalidApprover, error) {
	out := new(VesselSharesERC20InvalidApprover)
	if err := vesselShares.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the VesselShares contract.
type VesselSharesERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func VesselSharesERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (vesselShares *VesselShares) UnpackERC20InvalidReceiverError(raw []byte) (*VesselSharesERC20InvalidReceiver, error) {
	out := new(VesselSharesERC20InvalidReceiver)
	if err := vesselShares.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesERC20InvalidSender represents a ERC20InvalidSender error raised by the VesselShares contract.
type VesselSharesERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func VesselSharesERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (vesselShares *VesselShares) UnpackERC20InvalidSenderError(raw []byte) (*VesselSharesERC20InvalidSender, error) {
	out := new(VesselSharesERC20InvalidSender)
	if err := vesselShares.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesERC20InvalidSpender represents a ERC20InvalidSpender error raised by the VesselShares contract.
type VesselSharesERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func VesselSharesERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (vesselShares *VesselShares) UnpackERC20InvalidSpenderError(raw []byte) (*VesselSharesERC20InvalidSpender, error) {
	out := new(VesselSharesERC20InvalidSpender)
	if err := vesselShares.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesEnforcedPause represents a EnforcedPause error raised by the VesselShares contract.
type VesselSharesEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func VesselSharesEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (vesselShares *VesselShares) UnpackEnforcedPauseError(raw []byte) (*VesselSharesEnforcedPause, error) {
	out := new(VesselSharesEnforcedPause)
	if err := vesselShares.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesExpectedPause represents a ExpectedPause error raised by the VesselShares contract.
type VesselSharesExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func VesselSharesExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (vesselShares *VesselShares) UnpackExpectedPauseError(raw []byte) (*VesselSharesExpectedPause, error) {
	out := new(VesselSharesExpectedPause)
	if err := vesselShares.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the VesselShares contract.
type VesselSharesOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func VesselSharesOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (vesselShares *VesselShares) UnpackOwnableInvalidOwnerError(raw []byte) (*VesselSharesOwnableInvalidOwner, error) {
	out := new(VesselSharesOwnableInvalidOwner)
	if err := vesselShares.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselSharesOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the VesselShares contract.
type VesselSharesOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func VesselSharesOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (vesselShares *VesselShares) UnpackOwnableUnauthorizedAccountError(raw []byte) (*VesselSharesOwnableUnauthorizedAccount, error) {
	out := new(VesselSharesOwnableUnauthorizedAccount)
	if err := vesselShares.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
